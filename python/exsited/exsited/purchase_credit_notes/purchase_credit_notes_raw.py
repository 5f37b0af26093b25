# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.purchase_credit_notes``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.purchase_credit_notes.dto.purchase_credit_notes_dto import (
    InvoicePurchaseCreditNoteApplicationsListDTO,
    PurchaseCreditNoteApplicationsDetailsDTO,
    PurchaseCreditNoteApplicationsListDTO,
    PurchaseCreditNoteDetailsDTO,
    PurchaseCreditNoteListDTO,
    PurchaseCreditNoteRequestDTO,
    PurchaseCreditNoteResponseDTO,
)


class PurchaseCreditNotesRaw(RawResource):
    """``PurchaseCreditNotes.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[PurchaseCreditNoteListDTO]:
        """``PurchaseCreditNotes.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseCreditNoteListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, id: str) -> RawResponse[PurchaseCreditNoteDetailsDTO]:
        """``PurchaseCreditNotes.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseCreditNoteDetailsDTO]", self._resource.details(id=id))

    def invoice_application_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[InvoicePurchaseCreditNoteApplicationsListDTO]:
        """``PurchaseCreditNotes.invoice_application_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoicePurchaseCreditNoteApplicationsListDTO]", self._resource.invoice_application_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def application_uuid(self, uuid: str) -> RawResponse[PurchaseCreditNoteApplicationsDetailsDTO]:
        """``PurchaseCreditNotes.application_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseCreditNoteApplicationsDetailsDTO]", self._resource.application_uuid(uuid=uuid))

    def application_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[PurchaseCreditNoteApplicationsListDTO]:
        """``PurchaseCreditNotes.application_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseCreditNoteApplicationsListDTO]", self._resource.application_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def update(
        self,
        purchase_credit_note_id: str,
        request_data: PurchaseCreditNoteRequestDTO,
    ) -> RawResponse[PurchaseCreditNoteResponseDTO]:
        """``PurchaseCreditNotes.update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseCreditNoteResponseDTO]", self._resource.update(
            purchase_credit_note_id=purchase_credit_note_id,
            request_data=request_data,
        ))


class AsyncPurchaseCreditNotesRaw(RawResource):
    """``AsyncPurchaseCreditNotes.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[PurchaseCreditNoteListDTO]]:
        """``AsyncPurchaseCreditNotes.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseCreditNoteListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[PurchaseCreditNoteDetailsDTO]]:
        """``AsyncPurchaseCreditNotes.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseCreditNoteDetailsDTO]]", self._resource.details(id=id))

    def invoice_application_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[InvoicePurchaseCreditNoteApplicationsListDTO]]:
        """``AsyncPurchaseCreditNotes.invoice_application_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoicePurchaseCreditNoteApplicationsListDTO]]", self._resource.invoice_application_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def application_uuid(self, uuid: str) -> Awaitable[RawResponse[PurchaseCreditNoteApplicationsDetailsDTO]]:
        """``AsyncPurchaseCreditNotes.application_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseCreditNoteApplicationsDetailsDTO]]", self._resource.application_uuid(
            uuid=uuid,
        ))

    def application_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[PurchaseCreditNoteApplicationsListDTO]]:
        """``AsyncPurchaseCreditNotes.application_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseCreditNoteApplicationsListDTO]]", self._resource.application_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def update(
        self,
        purchase_credit_note_id: str,
        request_data: PurchaseCreditNoteRequestDTO,
    ) -> Awaitable[RawResponse[PurchaseCreditNoteResponseDTO]]:
        """``AsyncPurchaseCreditNotes.update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseCreditNoteResponseDTO]]", self._resource.update(
            purchase_credit_note_id=purchase_credit_note_id,
            request_data=request_data,
        ))
