# generated from api/ — do not edit; run `make generate`
"""``sdk.labour``: the labour operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

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

if TYPE_CHECKING:
    from exsited.exsited.labour.labour_raw import AsyncLabourRaw, LabourRaw
    from exsited.exsited.order.dto.labour_order_dto import LabourOrderDataDTO

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Labour(Resource):
    """``sdk.labour``: the labour operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "LabourRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.labour.labour_raw import LabourRaw

        return LabourRaw(self._raw_copy())

    def labour_orders_list(
        self,
        labour_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> LabourOrdersListDTO:
        """Lists the orders of a labour, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        ``labour_uuid`` fills ``{id}``.

        HTTP: ``GET /api/v3/labours/{id}/orders``

        Returns:
            LabourOrdersListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
    ) -> Iterator["LabourOrderDataDTO"]:
        """Every order of a labour that ``labour_orders_list`` lists, fetched lazily page by page (``limit`` records a page).

        ``labour_uuid`` fills ``{id}``.

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/labours/{id}/orders``

        Yields:
            LabourOrderDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("labour_uuid", labour_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[LabourOrderDataDTO]", self._iterate(Listing(Call("order.labour_list", path, query), limit, offset, "exsited.exsited.order.dto.labour_order_dto:LabourOrderDataDTO")))

    def labour_create(self, request_data: LabourCreateDTO) -> LabourDetailsDTO:
        """Creates a labour.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/labours`` (json body)

        Returns:
            LabourDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the labours, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/labours``

        Returns:
            LabourListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every labour that ``labour_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/labours``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("labour.labour_list", [], query), limit, offset, None)))

    def labour_details(self, uuid: str) -> LabourDetailsDTO:
        """Reads a labour.

        HTTP: ``GET /api/v3/labours/{uuid}``

        Returns:
            LabourDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("LabourDetailsDTO", self._run(Call("labour.labour_details", path, answer=LabourDetailsDTO)))

    def labour_update(self, uuid: str, request_data: LabourUpdateDTO) -> LabourDetailsDTO:
        """Updates a labour.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/labours/{uuid}`` (json body)

        Returns:
            LabourDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (LabourUpdateDTO,))
        return cast("LabourDetailsDTO", self._run(Call("labour.labour_update", path, body=body, answer=LabourDetailsDTO)))

    def labour_delete(self, uuid: str) -> DeleteResponseDTO:
        """Deletes a labour.

        HTTP: ``DELETE /api/v3/labours/{uuid}``

        Returns:
            DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResponseDTO", self._run(Call("labour.labour_delete", path, answer=DeleteResponseDTO)))

    def labour_profile_create(self, request_data: LabourProfileCreateDTO) -> LabourProfileDetailsDTO:
        """Creates a labour profile.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/labour-profiles`` (json body)

        Returns:
            LabourProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the labour profiles, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/labour-profiles``

        Returns:
            LabourProfileListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every labour profile that ``labour_profile_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/labour-profiles``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("labour.labour_profile_list", [], query), limit, offset, None)))

    def labour_profile_details(self, uuid: str) -> LabourProfileDetailsDTO:
        """Reads a labour profile.

        HTTP: ``GET /api/v3/labour-profiles/{uuid}``

        Returns:
            LabourProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("LabourProfileDetailsDTO", self._run(Call("labour.labour_profile_details", path, answer=LabourProfileDetailsDTO)))

    def labour_profile_update(self, uuid: str, request_data: LabourProfileUpdateDTO) -> LabourProfileDetailsDTO:
        """Updates a labour profile.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/labour-profiles/{uuid}`` (json body)

        Returns:
            LabourProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (LabourProfileUpdateDTO,))
        return cast("LabourProfileDetailsDTO", self._run(Call("labour.labour_profile_update", path, body=body, answer=LabourProfileDetailsDTO)))

    def labour_profile_delete(self, uuid: str) -> DeleteResponseDTO:
        """Deletes a labour profile.

        HTTP: ``DELETE /api/v3/labour-profiles/{uuid}``

        Returns:
            DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResponseDTO", self._run(Call("labour.labour_profile_delete", path, answer=DeleteResponseDTO)))

    def labour_availability_list(self, param_filters: Optional[Dict[str, Any]] = None) -> LabourAvailabilityListDTO:
        """Reads the labour availability.

        HTTP: ``GET /api/v3/labour-availability``

        Returns:
            LabourAvailabilityListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], param_filters)
        return cast("LabourAvailabilityListDTO", self._run(Call("labour.labour_availability_list", query=query, answer=LabourAvailabilityListDTO)))

    def labour_availability_update(self, request_data: LabourAvailabilityUpdateDTO) -> LabourAvailabilityDetailsDTO:
        """Updates the labour availability.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/labour-availability`` (json body)

        Returns:
            LabourAvailabilityDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (LabourAvailabilityUpdateDTO,))
        return cast("LabourAvailabilityDetailsDTO", self._run(Call("labour.labour_availability_update", body=body, answer=LabourAvailabilityDetailsDTO)))

    def labour_available_for_booking(self, param_filters: Optional[Dict[str, Any]] = None) -> AvailableLabourListDTO:
        """Reads the available for booking in the labours.

        HTTP: ``GET /api/v3/labours/available-for-booking``

        Returns:
            AvailableLabourListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], param_filters)
        return cast("AvailableLabourListDTO", self._run(Call("labour.labour_available_for_booking", query=query, answer=AvailableLabourListDTO)))

    def labour_booking_create(self, request_data: LabourBookingRequestDTO) -> LabourBookingResponseDTO:
        """Books the booking.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/booking`` (json body)

        Returns:
            LabourBookingResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (LabourBookingRequestDTO,))
        return cast("LabourBookingResponseDTO", self._run(Call("labour.labour_booking_create", body=body, answer=LabourBookingResponseDTO)))

    def labour_booking_change(
        self,
        order_id: str,
        request_data: LabourBookingChangeRequestDTO,
    ) -> LabourBookingResponseDTO:
        """Changes a booking.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/booking/{order_id}/change`` (json body)

        Returns:
            LabourBookingResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (LabourBookingChangeRequestDTO,))
        return cast("LabourBookingResponseDTO", self._run(Call("labour.labour_booking_change", path, body=body, answer=LabourBookingResponseDTO)))


class AsyncLabour(Resource):
    """``sdk.labour``: the labour operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncLabourRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.labour.labour_raw import AsyncLabourRaw

        return AsyncLabourRaw(self._raw_copy())

    def labour_orders_list(
        self,
        labour_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[LabourOrdersListDTO]:
        """Lists the orders of a labour, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        ``labour_uuid`` fills ``{id}``.

        HTTP: ``GET /api/v3/labours/{id}/orders``

        Returns:
            Awaitable of LabourOrdersListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
    ) -> AsyncIterator["LabourOrderDataDTO"]:
        """Every order of a labour that ``labour_orders_list`` lists, fetched lazily page by page (``limit`` records a page).

        ``labour_uuid`` fills ``{id}``.

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/labours/{id}/orders``

        Yields:
            LabourOrderDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("labour_uuid", labour_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[LabourOrderDataDTO]", self._iterate(Listing(Call("order.labour_list", path, query), limit, offset, "exsited.exsited.order.dto.labour_order_dto:LabourOrderDataDTO")))

    def labour_create(self, request_data: LabourCreateDTO) -> Awaitable[LabourDetailsDTO]:
        """Creates a labour.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/labours`` (json body)

        Returns:
            Awaitable of LabourDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the labours, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/labours``

        Returns:
            Awaitable of LabourListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every labour that ``labour_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/labours``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("labour.labour_list", [], query), limit, offset, None)))

    def labour_details(self, uuid: str) -> Awaitable[LabourDetailsDTO]:
        """Reads a labour.

        HTTP: ``GET /api/v3/labours/{uuid}``

        Returns:
            Awaitable of LabourDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[LabourDetailsDTO]", self._run(Call("labour.labour_details", path, answer=LabourDetailsDTO)))

    def labour_update(self, uuid: str, request_data: LabourUpdateDTO) -> Awaitable[LabourDetailsDTO]:
        """Updates a labour.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/labours/{uuid}`` (json body)

        Returns:
            Awaitable of LabourDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (LabourUpdateDTO,))
        return cast("Awaitable[LabourDetailsDTO]", self._run(Call("labour.labour_update", path, body=body, answer=LabourDetailsDTO)))

    def labour_delete(self, uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes a labour.

        HTTP: ``DELETE /api/v3/labours/{uuid}``

        Returns:
            Awaitable of DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("labour.labour_delete", path, answer=DeleteResponseDTO)))

    def labour_profile_create(self, request_data: LabourProfileCreateDTO) -> Awaitable[LabourProfileDetailsDTO]:
        """Creates a labour profile.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/labour-profiles`` (json body)

        Returns:
            Awaitable of LabourProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the labour profiles, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/labour-profiles``

        Returns:
            Awaitable of LabourProfileListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every labour profile that ``labour_profile_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/labour-profiles``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("labour.labour_profile_list", [], query), limit, offset, None)))

    def labour_profile_details(self, uuid: str) -> Awaitable[LabourProfileDetailsDTO]:
        """Reads a labour profile.

        HTTP: ``GET /api/v3/labour-profiles/{uuid}``

        Returns:
            Awaitable of LabourProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[LabourProfileDetailsDTO]", self._run(Call("labour.labour_profile_details", path, answer=LabourProfileDetailsDTO)))

    def labour_profile_update(
        self,
        uuid: str,
        request_data: LabourProfileUpdateDTO,
    ) -> Awaitable[LabourProfileDetailsDTO]:
        """Updates a labour profile.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/labour-profiles/{uuid}`` (json body)

        Returns:
            Awaitable of LabourProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (LabourProfileUpdateDTO,))
        return cast("Awaitable[LabourProfileDetailsDTO]", self._run(Call("labour.labour_profile_update", path, body=body, answer=LabourProfileDetailsDTO)))

    def labour_profile_delete(self, uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes a labour profile.

        HTTP: ``DELETE /api/v3/labour-profiles/{uuid}``

        Returns:
            Awaitable of DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("labour.labour_profile_delete", path, answer=DeleteResponseDTO)))

    def labour_availability_list(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[LabourAvailabilityListDTO]:
        """Reads the labour availability.

        HTTP: ``GET /api/v3/labour-availability``

        Returns:
            Awaitable of LabourAvailabilityListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], param_filters)
        return cast("Awaitable[LabourAvailabilityListDTO]", self._run(Call("labour.labour_availability_list", query=query, answer=LabourAvailabilityListDTO)))

    def labour_availability_update(
        self,
        request_data: LabourAvailabilityUpdateDTO,
    ) -> Awaitable[LabourAvailabilityDetailsDTO]:
        """Updates the labour availability.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/labour-availability`` (json body)

        Returns:
            Awaitable of LabourAvailabilityDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (LabourAvailabilityUpdateDTO,))
        return cast("Awaitable[LabourAvailabilityDetailsDTO]", self._run(Call("labour.labour_availability_update", body=body, answer=LabourAvailabilityDetailsDTO)))

    def labour_available_for_booking(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AvailableLabourListDTO]:
        """Reads the available for booking in the labours.

        HTTP: ``GET /api/v3/labours/available-for-booking``

        Returns:
            Awaitable of AvailableLabourListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], param_filters)
        return cast("Awaitable[AvailableLabourListDTO]", self._run(Call("labour.labour_available_for_booking", query=query, answer=AvailableLabourListDTO)))

    def labour_booking_create(self, request_data: LabourBookingRequestDTO) -> Awaitable[LabourBookingResponseDTO]:
        """Books the booking.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/booking`` (json body)

        Returns:
            Awaitable of LabourBookingResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (LabourBookingRequestDTO,))
        return cast("Awaitable[LabourBookingResponseDTO]", self._run(Call("labour.labour_booking_create", body=body, answer=LabourBookingResponseDTO)))

    def labour_booking_change(
        self,
        order_id: str,
        request_data: LabourBookingChangeRequestDTO,
    ) -> Awaitable[LabourBookingResponseDTO]:
        """Changes a booking.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/booking/{order_id}/change`` (json body)

        Returns:
            Awaitable of LabourBookingResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (LabourBookingChangeRequestDTO,))
        return cast("Awaitable[LabourBookingResponseDTO]", self._run(Call("labour.labour_booking_change", path, body=body, answer=LabourBookingResponseDTO)))
