# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.credit_note``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.credit_note.dto.credit_note_dto import (
    CreditNoteApplicationDetailDTO,
    CreditNoteApplicationListDTO,
    CreditNoteCreateDTO,
    CreditNoteDetailsDTO,
    CreditNoteListDTO,
    InvoiceCreditNoteApplicationListDTO,
)


class CreditNoteRaw(RawResource):
    """``CreditNote.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def create(self, request_data: CreditNoteCreateDTO) -> RawResponse[CreditNoteDetailsDTO]:
        """``CreditNote.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CreditNoteDetailsDTO]", self._resource.create(request_data=request_data))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[CreditNoteListDTO]:
        """``CreditNote.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CreditNoteListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, id: str) -> RawResponse[CreditNoteDetailsDTO]:
        """``CreditNote.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CreditNoteDetailsDTO]", self._resource.details(id=id))

    def credit_note_update(self, id: str, request_data: CreditNoteDetailsDTO) -> RawResponse[CreditNoteDetailsDTO]:
        """``CreditNote.credit_note_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CreditNoteDetailsDTO]", self._resource.credit_note_update(
            id=id,
            request_data=request_data,
        ))

    def credit_note_application_list(self) -> RawResponse[CreditNoteApplicationListDTO]:
        """``CreditNote.credit_note_application_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CreditNoteApplicationListDTO]", self._resource.credit_note_application_list())

    def credit_note_application_details(self, uuid: str) -> RawResponse[CreditNoteApplicationDetailDTO]:
        """``CreditNote.credit_note_application_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CreditNoteApplicationDetailDTO]", self._resource.credit_note_application_details(
            uuid=uuid,
        ))

    def invoice_credit_note_application_list(self, id: str) -> RawResponse[InvoiceCreditNoteApplicationListDTO]:
        """``CreditNote.invoice_credit_note_application_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceCreditNoteApplicationListDTO]", self._resource.invoice_credit_note_application_list(
            id=id,
        ))


class AsyncCreditNoteRaw(RawResource):
    """``AsyncCreditNote.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def create(self, request_data: CreditNoteCreateDTO) -> Awaitable[RawResponse[CreditNoteDetailsDTO]]:
        """``AsyncCreditNote.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CreditNoteDetailsDTO]]", self._resource.create(request_data=request_data))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[CreditNoteListDTO]]:
        """``AsyncCreditNote.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CreditNoteListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[CreditNoteDetailsDTO]]:
        """``AsyncCreditNote.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CreditNoteDetailsDTO]]", self._resource.details(id=id))

    def credit_note_update(
        self,
        id: str,
        request_data: CreditNoteDetailsDTO,
    ) -> Awaitable[RawResponse[CreditNoteDetailsDTO]]:
        """``AsyncCreditNote.credit_note_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CreditNoteDetailsDTO]]", self._resource.credit_note_update(
            id=id,
            request_data=request_data,
        ))

    def credit_note_application_list(self) -> Awaitable[RawResponse[CreditNoteApplicationListDTO]]:
        """``AsyncCreditNote.credit_note_application_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CreditNoteApplicationListDTO]]", self._resource.credit_note_application_list(
        ))

    def credit_note_application_details(self, uuid: str) -> Awaitable[RawResponse[CreditNoteApplicationDetailDTO]]:
        """``AsyncCreditNote.credit_note_application_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CreditNoteApplicationDetailDTO]]", self._resource.credit_note_application_details(
            uuid=uuid,
        ))

    def invoice_credit_note_application_list(
        self,
        id: str,
    ) -> Awaitable[RawResponse[InvoiceCreditNoteApplicationListDTO]]:
        """``AsyncCreditNote.invoice_credit_note_application_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceCreditNoteApplicationListDTO]]", self._resource.invoice_credit_note_application_list(
            id=id,
        ))
