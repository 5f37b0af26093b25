# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.gift_certificates``."""

from typing import Awaitable, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.gift_certificates.dto.gift_certificates_dto import (
    GiftCertificateAllocationListDTO,
    GiftCertificateDetailsDTO,
    GiftCertificateDetailsResponseDTO,
    GiftCertificateTransactionsListDTO,
    GiftCertificatesListResponseDTO,
)
from exsited.exsited.gift_certificates.gift_certificates import DeleteResult


class GiftCertificatesRaw(RawResource):
    """``GiftCertificates.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[GiftCertificatesListResponseDTO]:
        """``GiftCertificates.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[GiftCertificatesListResponseDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> RawResponse[GiftCertificateDetailsResponseDTO]:
        """``GiftCertificates.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[GiftCertificateDetailsResponseDTO]", self._resource.details(id=id))

    def allocation_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[GiftCertificateAllocationListDTO]:
        """``GiftCertificates.allocation_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[GiftCertificateAllocationListDTO]", self._resource.allocation_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def transaction_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[GiftCertificateTransactionsListDTO]:
        """``GiftCertificates.transaction_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[GiftCertificateTransactionsListDTO]", self._resource.transaction_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def disable(self, id: str) -> RawResponse[GiftCertificateDetailsDTO]:
        """``GiftCertificates.disable``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[GiftCertificateDetailsDTO]", self._resource.disable(id=id))

    def enable(self, id: str) -> RawResponse[GiftCertificateDetailsDTO]:
        """``GiftCertificates.enable``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[GiftCertificateDetailsDTO]", self._resource.enable(id=id))

    def allocate(
        self,
        id: str,
        request_data: GiftCertificateDetailsDTO,
    ) -> RawResponse[GiftCertificateAllocationListDTO]:
        """``GiftCertificates.allocate``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[GiftCertificateAllocationListDTO]", self._resource.allocate(
            id=id,
            request_data=request_data,
        ))

    def deallocate(
        self,
        id: str,
        request_data: GiftCertificateDetailsDTO,
    ) -> RawResponse[GiftCertificateAllocationListDTO]:
        """``GiftCertificates.deallocate``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[GiftCertificateAllocationListDTO]", self._resource.deallocate(
            id=id,
            request_data=request_data,
        ))

    def delete(self, id: str) -> RawResponse[DeleteResult]:
        """``GiftCertificates.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete(id=id))

    def amend(self, id: str, request_data: GiftCertificateDetailsDTO) -> RawResponse[GiftCertificateDetailsDTO]:
        """``GiftCertificates.amend``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[GiftCertificateDetailsDTO]", self._resource.amend(id=id, request_data=request_data))

    def create(self, request_data: GiftCertificateDetailsDTO) -> RawResponse[GiftCertificateDetailsDTO]:
        """``GiftCertificates.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[GiftCertificateDetailsDTO]", self._resource.create(request_data=request_data))

    def update(self, id: str, request_data: GiftCertificateDetailsDTO) -> RawResponse[GiftCertificateDetailsDTO]:
        """``GiftCertificates.update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[GiftCertificateDetailsDTO]", self._resource.update(id=id, request_data=request_data))


class AsyncGiftCertificatesRaw(RawResource):
    """``AsyncGiftCertificates.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[GiftCertificatesListResponseDTO]]:
        """``AsyncGiftCertificates.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[GiftCertificatesListResponseDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[GiftCertificateDetailsResponseDTO]]:
        """``AsyncGiftCertificates.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[GiftCertificateDetailsResponseDTO]]", self._resource.details(id=id))

    def allocation_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[GiftCertificateAllocationListDTO]]:
        """``AsyncGiftCertificates.allocation_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[GiftCertificateAllocationListDTO]]", self._resource.allocation_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def transaction_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[GiftCertificateTransactionsListDTO]]:
        """``AsyncGiftCertificates.transaction_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[GiftCertificateTransactionsListDTO]]", self._resource.transaction_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def disable(self, id: str) -> Awaitable[RawResponse[GiftCertificateDetailsDTO]]:
        """``AsyncGiftCertificates.disable``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[GiftCertificateDetailsDTO]]", self._resource.disable(id=id))

    def enable(self, id: str) -> Awaitable[RawResponse[GiftCertificateDetailsDTO]]:
        """``AsyncGiftCertificates.enable``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[GiftCertificateDetailsDTO]]", self._resource.enable(id=id))

    def allocate(
        self,
        id: str,
        request_data: GiftCertificateDetailsDTO,
    ) -> Awaitable[RawResponse[GiftCertificateAllocationListDTO]]:
        """``AsyncGiftCertificates.allocate``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[GiftCertificateAllocationListDTO]]", self._resource.allocate(
            id=id,
            request_data=request_data,
        ))

    def deallocate(
        self,
        id: str,
        request_data: GiftCertificateDetailsDTO,
    ) -> Awaitable[RawResponse[GiftCertificateAllocationListDTO]]:
        """``AsyncGiftCertificates.deallocate``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[GiftCertificateAllocationListDTO]]", self._resource.deallocate(
            id=id,
            request_data=request_data,
        ))

    def delete(self, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncGiftCertificates.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete(id=id))

    def amend(
        self,
        id: str,
        request_data: GiftCertificateDetailsDTO,
    ) -> Awaitable[RawResponse[GiftCertificateDetailsDTO]]:
        """``AsyncGiftCertificates.amend``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[GiftCertificateDetailsDTO]]", self._resource.amend(
            id=id,
            request_data=request_data,
        ))

    def create(self, request_data: GiftCertificateDetailsDTO) -> Awaitable[RawResponse[GiftCertificateDetailsDTO]]:
        """``AsyncGiftCertificates.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[GiftCertificateDetailsDTO]]", self._resource.create(
            request_data=request_data,
        ))

    def update(
        self,
        id: str,
        request_data: GiftCertificateDetailsDTO,
    ) -> Awaitable[RawResponse[GiftCertificateDetailsDTO]]:
        """``AsyncGiftCertificates.update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[GiftCertificateDetailsDTO]]", self._resource.update(
            id=id,
            request_data=request_data,
        ))
