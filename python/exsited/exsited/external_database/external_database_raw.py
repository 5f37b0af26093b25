# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.external_database``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._dto import DTOBase
from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.external_database.external_database import DeleteResult


class ExternalDatabaseRaw(RawResource):
    """``ExternalDatabase.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def external_database_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``ExternalDatabase.external_database_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.external_database_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def external_database_details(self, db_name: str) -> RawResponse[Dict[str, Any]]:
        """``ExternalDatabase.external_database_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.external_database_details(db_name=db_name))

    def external_database_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> RawResponse[DeleteResult]:
        """``ExternalDatabase.external_database_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.external_database_create(request_data=request_data))

    def external_database_table_details(
        self,
        db_name: str,
        table_name: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``ExternalDatabase.external_database_table_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.external_database_table_details(
            db_name=db_name,
            table_name=table_name,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def add_record(self, request_data: Union[DTOBase, Dict[str, Any]]) -> RawResponse[DeleteResult]:
        """``ExternalDatabase.add_record``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.add_record(request_data=request_data))

    def external_database_search(
        self,
        database_name: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``ExternalDatabase.external_database_search``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.external_database_search(
            database_name=database_name,
            request_data=request_data,
        ))


class AsyncExternalDatabaseRaw(RawResource):
    """``AsyncExternalDatabase.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def external_database_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncExternalDatabase.external_database_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.external_database_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def external_database_details(self, db_name: str) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncExternalDatabase.external_database_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.external_database_details(db_name=db_name))

    def external_database_create(
        self,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncExternalDatabase.external_database_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.external_database_create(
            request_data=request_data,
        ))

    def external_database_table_details(
        self,
        db_name: str,
        table_name: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncExternalDatabase.external_database_table_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.external_database_table_details(
            db_name=db_name,
            table_name=table_name,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def add_record(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncExternalDatabase.add_record``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.add_record(request_data=request_data))

    def external_database_search(
        self,
        database_name: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncExternalDatabase.external_database_search``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.external_database_search(
            database_name=database_name,
            request_data=request_data,
        ))
