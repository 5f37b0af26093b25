# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.return_merchandise_authorisations``."""

from typing import Awaitable, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.return_merchandise_authorisations.dto.return_merchandise_authorisations_dto import (
    CreateReceiveReturnMerchandiseAuthorisationDetailsDTO,
    CreateReceiveReturnMerchandiseAuthorisationsDTO,
    CreateReturnMerchandiseAuthorisationDTO,
    InvoiceReturnMerchandiseAuthorisationDetailsDTO,
    InvoiceReturnMerchandiseAuthorisationListDTO,
    ReceiveReturnMerchandiseAuthorisationDetailsDTO,
    ReceiveReturnMerchandiseAuthorisationListDTO,
    ReturnMerchandiseAuthorisationDetailsDTO,
    ReturnMerchandiseAuthorisationListDTO,
)


class ReturnMerchandiseAuthorisationsRaw(RawResource):
    """``ReturnMerchandiseAuthorisations.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[ReturnMerchandiseAuthorisationListDTO]:
        """``ReturnMerchandiseAuthorisations.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ReturnMerchandiseAuthorisationListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def receive_list(
        self,
        id: str,
        rma_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[ReceiveReturnMerchandiseAuthorisationListDTO]:
        """``ReturnMerchandiseAuthorisations.receive_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ReceiveReturnMerchandiseAuthorisationListDTO]", self._resource.receive_list(
            id=id,
            rma_id=rma_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> RawResponse[ReturnMerchandiseAuthorisationDetailsDTO]:
        """``ReturnMerchandiseAuthorisations.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ReturnMerchandiseAuthorisationDetailsDTO]", self._resource.details(id=id))

    def receive_details(
        self,
        id: str,
        rma_id: str,
        rec_id: str,
    ) -> RawResponse[ReceiveReturnMerchandiseAuthorisationDetailsDTO]:
        """``ReturnMerchandiseAuthorisations.receive_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ReceiveReturnMerchandiseAuthorisationDetailsDTO]", self._resource.receive_details(
            id=id,
            rma_id=rma_id,
            rec_id=rec_id,
        ))

    def invoice_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[InvoiceReturnMerchandiseAuthorisationListDTO]:
        """``ReturnMerchandiseAuthorisations.invoice_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceReturnMerchandiseAuthorisationListDTO]", self._resource.invoice_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def invoice_rma_details(self, id: str, rma_id: str) -> RawResponse[InvoiceReturnMerchandiseAuthorisationDetailsDTO]:
        """``ReturnMerchandiseAuthorisations.invoice_rma_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceReturnMerchandiseAuthorisationDetailsDTO]", self._resource.invoice_rma_details(
            id=id,
            rma_id=rma_id,
        ))

    def invoice_rma_create(
        self,
        id: str,
        request_data: CreateReturnMerchandiseAuthorisationDTO,
    ) -> RawResponse[InvoiceReturnMerchandiseAuthorisationDetailsDTO]:
        """``ReturnMerchandiseAuthorisations.invoice_rma_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceReturnMerchandiseAuthorisationDetailsDTO]", self._resource.invoice_rma_create(
            id=id,
            request_data=request_data,
        ))

    def invoice_receive_rma_create(
        self,
        id: str,
        rma_id: str,
        request_data: CreateReceiveReturnMerchandiseAuthorisationsDTO,
    ) -> RawResponse[CreateReceiveReturnMerchandiseAuthorisationDetailsDTO]:
        """``ReturnMerchandiseAuthorisations.invoice_receive_rma_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CreateReceiveReturnMerchandiseAuthorisationDetailsDTO]", self._resource.invoice_receive_rma_create(
            id=id,
            rma_id=rma_id,
            request_data=request_data,
        ))


class AsyncReturnMerchandiseAuthorisationsRaw(RawResource):
    """``AsyncReturnMerchandiseAuthorisations.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[ReturnMerchandiseAuthorisationListDTO]]:
        """``AsyncReturnMerchandiseAuthorisations.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ReturnMerchandiseAuthorisationListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def receive_list(
        self,
        id: str,
        rma_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[ReceiveReturnMerchandiseAuthorisationListDTO]]:
        """``AsyncReturnMerchandiseAuthorisations.receive_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ReceiveReturnMerchandiseAuthorisationListDTO]]", self._resource.receive_list(
            id=id,
            rma_id=rma_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[ReturnMerchandiseAuthorisationDetailsDTO]]:
        """``AsyncReturnMerchandiseAuthorisations.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ReturnMerchandiseAuthorisationDetailsDTO]]", self._resource.details(id=id))

    def receive_details(
        self,
        id: str,
        rma_id: str,
        rec_id: str,
    ) -> Awaitable[RawResponse[ReceiveReturnMerchandiseAuthorisationDetailsDTO]]:
        """``AsyncReturnMerchandiseAuthorisations.receive_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ReceiveReturnMerchandiseAuthorisationDetailsDTO]]", self._resource.receive_details(
            id=id,
            rma_id=rma_id,
            rec_id=rec_id,
        ))

    def invoice_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[InvoiceReturnMerchandiseAuthorisationListDTO]]:
        """``AsyncReturnMerchandiseAuthorisations.invoice_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceReturnMerchandiseAuthorisationListDTO]]", self._resource.invoice_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def invoice_rma_details(
        self,
        id: str,
        rma_id: str,
    ) -> Awaitable[RawResponse[InvoiceReturnMerchandiseAuthorisationDetailsDTO]]:
        """``AsyncReturnMerchandiseAuthorisations.invoice_rma_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceReturnMerchandiseAuthorisationDetailsDTO]]", self._resource.invoice_rma_details(
            id=id,
            rma_id=rma_id,
        ))

    def invoice_rma_create(
        self,
        id: str,
        request_data: CreateReturnMerchandiseAuthorisationDTO,
    ) -> Awaitable[RawResponse[InvoiceReturnMerchandiseAuthorisationDetailsDTO]]:
        """``AsyncReturnMerchandiseAuthorisations.invoice_rma_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceReturnMerchandiseAuthorisationDetailsDTO]]", self._resource.invoice_rma_create(
            id=id,
            request_data=request_data,
        ))

    def invoice_receive_rma_create(
        self,
        id: str,
        rma_id: str,
        request_data: CreateReceiveReturnMerchandiseAuthorisationsDTO,
    ) -> Awaitable[RawResponse[CreateReceiveReturnMerchandiseAuthorisationDetailsDTO]]:
        """``AsyncReturnMerchandiseAuthorisations.invoice_receive_rma_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CreateReceiveReturnMerchandiseAuthorisationDetailsDTO]]", self._resource.invoice_receive_rma_create(
            id=id,
            rma_id=rma_id,
            request_data=request_data,
        ))
