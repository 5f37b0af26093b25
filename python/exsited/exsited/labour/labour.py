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
    ) -> Any:
        """One page of orders of the labours.

        GET /api/v3/labours/{id}/orders

        Returns the answer's JSON as plain data (documented as LabourOrdersListDTO).
        """
        path = [args.ident("labour_uuid", labour_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("order.labour_list", path, query=query))

    def labour_orders_list_iter_all(
        self,
        labour_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``labour_orders_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/labours/{id}/orders

        Returns the answer's JSON as plain data (documented as LabourOrderDataDTO).
        """
        path = [args.ident("labour_uuid", labour_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("order.labour_list", path, query, limit, offset, None)))

    def labour_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in labours.

        POST /api/v3/labours

        Returns the answer's JSON as plain data (documented as LabourDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("labour.labour_create", body=body))

    def labour_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of labours.

        GET /api/v3/labours

        Returns the answer's JSON as plain data (documented as LabourListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("labour.labour_list", query=query))

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

    def labour_details(self, uuid: str) -> Any:
        """Reads one record of labours.

        GET /api/v3/labours/{uuid}

        Returns the answer's JSON as plain data (documented as LabourDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("labour.labour_details", path))

    def labour_update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of labours.

        PATCH /api/v3/labours/{uuid}

        Returns the answer's JSON as plain data (documented as LabourDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("labour.labour_update", path, body=body))

    def labour_delete(self, uuid: str) -> DeleteResponseDTO:
        """Deletes one record of labours.

        DELETE /api/v3/labours/{uuid}

        Returns DeleteResponseDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResponseDTO", self._run(Call("labour.labour_delete", path, answer=DeleteResponseDTO)))

    def labour_profile_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in labour profiles.

        POST /api/v3/labour-profiles

        Returns the answer's JSON as plain data (documented as LabourProfileDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("labour.labour_profile_create", body=body))

    def labour_profile_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of labour profiles.

        GET /api/v3/labour-profiles

        Returns the answer's JSON as plain data (documented as LabourProfileListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("labour.labour_profile_list", query=query))

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

    def labour_profile_details(self, uuid: str) -> Any:
        """Reads one record of labour profiles.

        GET /api/v3/labour-profiles/{uuid}

        Returns the answer's JSON as plain data (documented as LabourProfileDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("labour.labour_profile_details", path))

    def labour_profile_update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of labour profiles.

        PATCH /api/v3/labour-profiles/{uuid}

        Returns the answer's JSON as plain data (documented as LabourProfileDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("labour.labour_profile_update", path, body=body))

    def labour_profile_delete(self, uuid: str) -> DeleteResponseDTO:
        """Deletes one record of labour profiles.

        DELETE /api/v3/labour-profiles/{uuid}

        Returns DeleteResponseDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResponseDTO", self._run(Call("labour.labour_profile_delete", path, answer=DeleteResponseDTO)))

    def labour_availability_list(self, param_filters: Optional[Dict[str, Any]] = None) -> Any:
        """Reads the labour availability.

        GET /api/v3/labour-availability

        Returns the answer's JSON as plain data (documented as LabourAvailabilityListDTO).
        """
        query = args.query([], param_filters)
        return self._run(Call("labour.labour_availability_list", query=query))

    def labour_availability_update(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the labour availability.

        PATCH /api/v3/labour-availability

        Returns the answer's JSON as plain data (documented as LabourAvailabilityDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("labour.labour_availability_update", body=body))

    def labour_available_for_booking(self, param_filters: Optional[Dict[str, Any]] = None) -> Any:
        """Reads the available for booking of the labours.

        GET /api/v3/labours/available-for-booking

        Returns the answer's JSON as plain data (documented as AvailableLabourListDTO).
        """
        query = args.query([], param_filters)
        return self._run(Call("labour.labour_available_for_booking", query=query))

    def labour_booking_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in booking.

        POST /api/v3/booking

        Returns the answer's JSON as plain data (documented as LabourBookingResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("labour.labour_booking_create", body=body))

    def labour_booking_change(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs change of the booking.

        POST /api/v3/booking/{order_id}/change

        Returns the answer's JSON as plain data (documented as LabourBookingResponseDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("labour.labour_booking_change", path, body=body))


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
    ) -> Awaitable[Any]:
        """One page of orders of the labours.

        GET /api/v3/labours/{id}/orders

        Returns the answer's JSON as plain data (documented as LabourOrdersListDTO).
        """
        path = [args.ident("labour_uuid", labour_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("order.labour_list", path, query=query)))

    def labour_orders_list_iter_all(
        self,
        labour_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``labour_orders_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/labours/{id}/orders

        Returns the answer's JSON as plain data (documented as LabourOrderDataDTO).
        """
        path = [args.ident("labour_uuid", labour_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("order.labour_list", path, query, limit, offset, None)))

    def labour_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in labours.

        POST /api/v3/labours

        Returns the answer's JSON as plain data (documented as LabourDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("labour.labour_create", body=body)))

    def labour_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of labours.

        GET /api/v3/labours

        Returns the answer's JSON as plain data (documented as LabourListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("labour.labour_list", query=query)))

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

    def labour_details(self, uuid: str) -> Awaitable[Any]:
        """Reads one record of labours.

        GET /api/v3/labours/{uuid}

        Returns the answer's JSON as plain data (documented as LabourDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("labour.labour_details", path)))

    def labour_update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of labours.

        PATCH /api/v3/labours/{uuid}

        Returns the answer's JSON as plain data (documented as LabourDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("labour.labour_update", path, body=body)))

    def labour_delete(self, uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes one record of labours.

        DELETE /api/v3/labours/{uuid}

        Returns Awaitable[DeleteResponseDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("labour.labour_delete", path, answer=DeleteResponseDTO)))

    def labour_profile_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in labour profiles.

        POST /api/v3/labour-profiles

        Returns the answer's JSON as plain data (documented as LabourProfileDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("labour.labour_profile_create", body=body)))

    def labour_profile_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of labour profiles.

        GET /api/v3/labour-profiles

        Returns the answer's JSON as plain data (documented as LabourProfileListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("labour.labour_profile_list", query=query)))

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

    def labour_profile_details(self, uuid: str) -> Awaitable[Any]:
        """Reads one record of labour profiles.

        GET /api/v3/labour-profiles/{uuid}

        Returns the answer's JSON as plain data (documented as LabourProfileDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("labour.labour_profile_details", path)))

    def labour_profile_update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of labour profiles.

        PATCH /api/v3/labour-profiles/{uuid}

        Returns the answer's JSON as plain data (documented as LabourProfileDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("labour.labour_profile_update", path, body=body)))

    def labour_profile_delete(self, uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes one record of labour profiles.

        DELETE /api/v3/labour-profiles/{uuid}

        Returns Awaitable[DeleteResponseDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("labour.labour_profile_delete", path, answer=DeleteResponseDTO)))

    def labour_availability_list(self, param_filters: Optional[Dict[str, Any]] = None) -> Awaitable[Any]:
        """Reads the labour availability.

        GET /api/v3/labour-availability

        Returns the answer's JSON as plain data (documented as LabourAvailabilityListDTO).
        """
        query = args.query([], param_filters)
        return cast("Awaitable[Any]", self._run(Call("labour.labour_availability_list", query=query)))

    def labour_availability_update(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the labour availability.

        PATCH /api/v3/labour-availability

        Returns the answer's JSON as plain data (documented as LabourAvailabilityDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("labour.labour_availability_update", body=body)))

    def labour_available_for_booking(self, param_filters: Optional[Dict[str, Any]] = None) -> Awaitable[Any]:
        """Reads the available for booking of the labours.

        GET /api/v3/labours/available-for-booking

        Returns the answer's JSON as plain data (documented as AvailableLabourListDTO).
        """
        query = args.query([], param_filters)
        return cast("Awaitable[Any]", self._run(Call("labour.labour_available_for_booking", query=query)))

    def labour_booking_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in booking.

        POST /api/v3/booking

        Returns the answer's JSON as plain data (documented as LabourBookingResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("labour.labour_booking_create", body=body)))

    def labour_booking_change(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs change of the booking.

        POST /api/v3/booking/{order_id}/change

        Returns the answer's JSON as plain data (documented as LabourBookingResponseDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("labour.labour_booking_change", path, body=body)))
