# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.alert``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.alert.dto.alert_dto import AlertListDTO
from exsited.exsited.common.common_enum import SortDirection


class AlertRaw(RawResource):
    """``Alert.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AlertListDTO]:
        """``Alert.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AlertListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AlertListDTO]:
        """``Alert.list_by_account``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AlertListDTO]", self._resource.list_by_account(
            account_id=account_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def list_by_labour(
        self,
        labour_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AlertListDTO]:
        """``Alert.list_by_labour``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AlertListDTO]", self._resource.list_by_labour(
            labour_id=labour_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def list_by_employee(
        self,
        employee_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AlertListDTO]:
        """``Alert.list_by_employee``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AlertListDTO]", self._resource.list_by_employee(
            employee_id=employee_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))


class AsyncAlertRaw(RawResource):
    """``AsyncAlert.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AlertListDTO]]:
        """``AsyncAlert.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AlertListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AlertListDTO]]:
        """``AsyncAlert.list_by_account``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AlertListDTO]]", self._resource.list_by_account(
            account_id=account_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def list_by_labour(
        self,
        labour_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AlertListDTO]]:
        """``AsyncAlert.list_by_labour``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AlertListDTO]]", self._resource.list_by_labour(
            labour_id=labour_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def list_by_employee(
        self,
        employee_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AlertListDTO]]:
        """``AsyncAlert.list_by_employee``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AlertListDTO]]", self._resource.list_by_employee(
            employee_id=employee_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))
