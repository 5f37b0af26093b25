# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.notes``."""

from typing import Any, Awaitable, Dict, List, Optional, Union, cast

from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._raw import RawResource, RawResponse
from exsited.exsited.account.dto.account_dto import (
    AccountNoteDetailsDTO,
    AccountNoteResponseDetailsDTO,
    AccountNoteUuidDetailsDTO,
    AccountNoteUuidFileDetailsDTO,
    AccountNoteUuidFileUuidDetailsDTO,
)
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.notes.dto.notes_dto import (
    AccountNotesResponseDTO,
    InvoiceNoteDetailsDTO,
    InvoiceNoteResponseDetailsDTO,
    InvoiceNoteUuidDetailsDTO,
    InvoiceNoteUuidFileDetailsDTO,
    InvoiceNoteUuidFileUuidDetailsDTO,
    ItemNoteDetailsDTO,
    ItemNoteResponseDetailsDTO,
    ItemNoteUuidDetailsDTO,
    ItemNoteUuidFileDetailsDTO,
    ItemNoteUuidFileUuidDetailsDTO,
    NoteDataDTO,
    NotesListResponseDTO,
    OrderNoteDetailsDTO,
    OrderNoteResponseDetailsDTO,
    OrderNoteUuidDetailsDTO,
    OrderNoteUuidFileDetailsDTO,
    OrderNoteUuidFileUuidDetailsDTO,
    PaymentNoteDetailsDTO,
    PaymentNoteResponseDetailsDTO,
    PaymentNoteUuidDetailsDTO,
    PaymentNoteUuidFileDetailsDTO,
    PaymentNoteUuidFileUuidDetailsDTO,
    PurchaseInvoiceDetailsDTO,
    PurchaseInvoiceNoteResponseDetailsDTO,
    PurchaseInvoiceNoteUuidDetailsDTO,
    PurchaseInvoiceNoteUuidFileUuidDetailsDTO,
    PurchaseInvoiceUuidFileDetailsDTO,
    PurchaseOrderDetailsDTO as notes_dto_PurchaseOrderDetailsDTO,
    PurchaseOrderNoteResponseDetailsDTO,
    PurchaseOrderNoteUuidDetailsDTO,
    PurchaseOrderNoteUuidFileUuidDetailsDTO,
    PurchaseOrderUuidFileDetailsDTO,
)
from exsited.exsited.notes.notes import DeleteResult


class NotesRaw(RawResource):
    """``Notes.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def account_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AccountNoteDetailsDTO]:
        """``Notes.account_note_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountNoteDetailsDTO]", self._resource.account_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def note_uuid_details(self, id: str, uuid: str) -> RawResponse[AccountNoteUuidDetailsDTO]:
        """``Notes.note_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountNoteUuidDetailsDTO]", self._resource.note_uuid_details(id=id, uuid=uuid))

    def add_notes(
        self,
        file_urls: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> RawResponse[AccountNoteResponseDetailsDTO]:
        """``Notes.add_notes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountNoteResponseDetailsDTO]", self._resource.add_notes(
            file_urls=file_urls,
            account_id=account_id,
            datas=datas,
        ))

    def delete_note_uuid_details(self, id: str, uuid: str) -> RawResponse[DeleteResult]:
        """``Notes.delete_note_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete_note_uuid_details(id=id, uuid=uuid))

    def note_uuid_files_details(self, id: str, uuid: str) -> RawResponse[AccountNoteUuidFileDetailsDTO]:
        """``Notes.note_uuid_files_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountNoteUuidFileDetailsDTO]", self._resource.note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> RawResponse[AccountNoteUuidFileUuidDetailsDTO]:
        """``Notes.note_uuid_files_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountNoteUuidFileUuidDetailsDTO]", self._resource.note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def add_notes_uuid(
        self,
        file_urls: FileArg,
        account_id: str,
        note_uuid: str,
    ) -> RawResponse[AccountNoteResponseDetailsDTO]:
        """``Notes.add_notes_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountNoteResponseDetailsDTO]", self._resource.add_notes_uuid(
            file_urls=file_urls,
            account_id=account_id,
            note_uuid=note_uuid,
        ))

    def note_details(self, uuid: str) -> RawResponse[NoteDataDTO]:
        """``Notes.note_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[NoteDataDTO]", self._resource.note_details(uuid=uuid))

    def order_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[OrderNoteDetailsDTO]:
        """``Notes.order_note_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderNoteDetailsDTO]", self._resource.order_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def item_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[ItemNoteDetailsDTO]:
        """``Notes.item_note_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemNoteDetailsDTO]", self._resource.item_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def invoice_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[InvoiceNoteDetailsDTO]:
        """``Notes.invoice_note_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceNoteDetailsDTO]", self._resource.invoice_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def payment_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[PaymentNoteDetailsDTO]:
        """``Notes.payment_note_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentNoteDetailsDTO]", self._resource.payment_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def purchase_order_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[notes_dto_PurchaseOrderDetailsDTO]:
        """``Notes.purchase_order_note_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[notes_dto_PurchaseOrderDetailsDTO]", self._resource.purchase_order_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def purchase_invoice_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[PurchaseInvoiceDetailsDTO]:
        """``Notes.purchase_invoice_note_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceDetailsDTO]", self._resource.purchase_invoice_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def order_note_uuid_details(self, id: str, uuid: str) -> RawResponse[OrderNoteUuidDetailsDTO]:
        """``Notes.order_note_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderNoteUuidDetailsDTO]", self._resource.order_note_uuid_details(id=id, uuid=uuid))

    def item_note_uuid_details(self, id: str, uuid: str) -> RawResponse[ItemNoteUuidDetailsDTO]:
        """``Notes.item_note_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemNoteUuidDetailsDTO]", self._resource.item_note_uuid_details(id=id, uuid=uuid))

    def invoice_note_uuid_details(self, id: str, uuid: str) -> RawResponse[InvoiceNoteUuidDetailsDTO]:
        """``Notes.invoice_note_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceNoteUuidDetailsDTO]", self._resource.invoice_note_uuid_details(
            id=id,
            uuid=uuid,
        ))

    def payment_note_uuid_details(self, id: str, uuid: str) -> RawResponse[PaymentNoteUuidDetailsDTO]:
        """``Notes.payment_note_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentNoteUuidDetailsDTO]", self._resource.payment_note_uuid_details(
            id=id,
            uuid=uuid,
        ))

    def purchase_order_note_uuid_details(self, id: str, uuid: str) -> RawResponse[PurchaseOrderNoteUuidDetailsDTO]:
        """``Notes.purchase_order_note_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseOrderNoteUuidDetailsDTO]", self._resource.purchase_order_note_uuid_details(
            id=id,
            uuid=uuid,
        ))

    def purchase_invoice_note_uuid_details(self, id: str, uuid: str) -> RawResponse[PurchaseInvoiceNoteUuidDetailsDTO]:
        """``Notes.purchase_invoice_note_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceNoteUuidDetailsDTO]", self._resource.purchase_invoice_note_uuid_details(
            id=id,
            uuid=uuid,
        ))

    def order_note_uuid_files_details(self, id: str, uuid: str) -> RawResponse[OrderNoteUuidFileDetailsDTO]:
        """``Notes.order_note_uuid_files_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderNoteUuidFileDetailsDTO]", self._resource.order_note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def item_note_uuid_files_details(self, id: str, uuid: str) -> RawResponse[ItemNoteUuidFileDetailsDTO]:
        """``Notes.item_note_uuid_files_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemNoteUuidFileDetailsDTO]", self._resource.item_note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def invoice_note_uuid_files_details(self, id: str, uuid: str) -> RawResponse[InvoiceNoteUuidFileDetailsDTO]:
        """``Notes.invoice_note_uuid_files_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceNoteUuidFileDetailsDTO]", self._resource.invoice_note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def payment_note_uuid_files_details(self, id: str, uuid: str) -> RawResponse[PaymentNoteUuidFileDetailsDTO]:
        """``Notes.payment_note_uuid_files_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentNoteUuidFileDetailsDTO]", self._resource.payment_note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def purchase_order_note_uuid_files_details(
        self,
        id: str,
        uuid: str,
    ) -> RawResponse[PurchaseOrderUuidFileDetailsDTO]:
        """``Notes.purchase_order_note_uuid_files_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseOrderUuidFileDetailsDTO]", self._resource.purchase_order_note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def purchase_invoice_note_uuid_files_details(
        self,
        id: str,
        uuid: str,
    ) -> RawResponse[PurchaseInvoiceUuidFileDetailsDTO]:
        """``Notes.purchase_invoice_note_uuid_files_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceUuidFileDetailsDTO]", self._resource.purchase_invoice_note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def order_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> RawResponse[OrderNoteUuidFileUuidDetailsDTO]:
        """``Notes.order_note_uuid_files_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderNoteUuidFileUuidDetailsDTO]", self._resource.order_note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def item_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> RawResponse[ItemNoteUuidFileUuidDetailsDTO]:
        """``Notes.item_note_uuid_files_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemNoteUuidFileUuidDetailsDTO]", self._resource.item_note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def invoice_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> RawResponse[InvoiceNoteUuidFileUuidDetailsDTO]:
        """``Notes.invoice_note_uuid_files_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceNoteUuidFileUuidDetailsDTO]", self._resource.invoice_note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def payment_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> RawResponse[PaymentNoteUuidFileUuidDetailsDTO]:
        """``Notes.payment_note_uuid_files_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentNoteUuidFileUuidDetailsDTO]", self._resource.payment_note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def purchase_order_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> RawResponse[PurchaseOrderNoteUuidFileUuidDetailsDTO]:
        """``Notes.purchase_order_note_uuid_files_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseOrderNoteUuidFileUuidDetailsDTO]", self._resource.purchase_order_note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def purchase_invoice_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> RawResponse[PurchaseInvoiceNoteUuidFileUuidDetailsDTO]:
        """``Notes.purchase_invoice_note_uuid_files_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceNoteUuidFileUuidDetailsDTO]", self._resource.purchase_invoice_note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def order_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        order_id: str = "",
        datas: str = "",
    ) -> RawResponse[OrderNoteResponseDetailsDTO]:
        """``Notes.order_add_notes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderNoteResponseDetailsDTO]", self._resource.order_add_notes(
            file_urls=file_urls,
            order_id=order_id,
            datas=datas,
        ))

    def item_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        item_id: str = "",
        datas: str = "",
    ) -> RawResponse[ItemNoteResponseDetailsDTO]:
        """``Notes.item_add_notes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemNoteResponseDetailsDTO]", self._resource.item_add_notes(
            file_urls=file_urls,
            item_id=item_id,
            datas=datas,
        ))

    def invoice_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        invoice_id: str = "",
        datas: str = "",
    ) -> RawResponse[InvoiceNoteResponseDetailsDTO]:
        """``Notes.invoice_add_notes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceNoteResponseDetailsDTO]", self._resource.invoice_add_notes(
            file_urls=file_urls,
            invoice_id=invoice_id,
            datas=datas,
        ))

    def payment_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        payment_id: str = "",
        datas: str = "",
    ) -> RawResponse[PaymentNoteResponseDetailsDTO]:
        """``Notes.payment_add_notes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentNoteResponseDetailsDTO]", self._resource.payment_add_notes(
            file_urls=file_urls,
            payment_id=payment_id,
            datas=datas,
        ))

    def purchase_order_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        purchase_order_id: str = "",
        datas: str = "",
    ) -> RawResponse[PurchaseOrderNoteResponseDetailsDTO]:
        """``Notes.purchase_order_add_notes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseOrderNoteResponseDetailsDTO]", self._resource.purchase_order_add_notes(
            file_urls=file_urls,
            purchase_order_id=purchase_order_id,
            datas=datas,
        ))

    def purchase_invoice_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        purchase_invoice_id: str = "",
        datas: str = "",
    ) -> RawResponse[PurchaseInvoiceNoteResponseDetailsDTO]:
        """``Notes.purchase_invoice_add_notes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceNoteResponseDetailsDTO]", self._resource.purchase_invoice_add_notes(
            file_urls=file_urls,
            purchase_invoice_id=purchase_invoice_id,
            datas=datas,
        ))

    def order_add_notes_uuid(
        self,
        file_urls: List[str],
        order_id: str,
        note_uuid: str,
    ) -> RawResponse[OrderNoteResponseDetailsDTO]:
        """``Notes.order_add_notes_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderNoteResponseDetailsDTO]", self._resource.order_add_notes_uuid(
            file_urls=file_urls,
            order_id=order_id,
            note_uuid=note_uuid,
        ))

    def item_add_notes_uuid(
        self,
        file_urls: List[str],
        item_id: str,
        note_uuid: str,
    ) -> RawResponse[ItemNoteResponseDetailsDTO]:
        """``Notes.item_add_notes_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemNoteResponseDetailsDTO]", self._resource.item_add_notes_uuid(
            file_urls=file_urls,
            item_id=item_id,
            note_uuid=note_uuid,
        ))

    def invoice_add_notes_uuid(
        self,
        file_urls: List[str],
        invoice_id: str,
        note_uuid: str,
    ) -> RawResponse[InvoiceNoteResponseDetailsDTO]:
        """``Notes.invoice_add_notes_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceNoteResponseDetailsDTO]", self._resource.invoice_add_notes_uuid(
            file_urls=file_urls,
            invoice_id=invoice_id,
            note_uuid=note_uuid,
        ))

    def payment_add_notes_uuid(
        self,
        file_urls: List[str],
        payment_id: str,
        note_uuid: str,
    ) -> RawResponse[PaymentNoteResponseDetailsDTO]:
        """``Notes.payment_add_notes_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentNoteResponseDetailsDTO]", self._resource.payment_add_notes_uuid(
            file_urls=file_urls,
            payment_id=payment_id,
            note_uuid=note_uuid,
        ))

    def purchase_order_add_notes_uuid(
        self,
        file_urls: List[str],
        purchase_order_id: str,
        note_uuid: str,
    ) -> RawResponse[PurchaseOrderNoteResponseDetailsDTO]:
        """``Notes.purchase_order_add_notes_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseOrderNoteResponseDetailsDTO]", self._resource.purchase_order_add_notes_uuid(
            file_urls=file_urls,
            purchase_order_id=purchase_order_id,
            note_uuid=note_uuid,
        ))

    def purchase_invoice_add_notes_uuid(
        self,
        file_urls: List[str],
        purchase_invoice_id: str,
        note_uuid: str,
    ) -> RawResponse[PurchaseInvoiceNoteResponseDetailsDTO]:
        """``Notes.purchase_invoice_add_notes_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoiceNoteResponseDetailsDTO]", self._resource.purchase_invoice_add_notes_uuid(
            file_urls=file_urls,
            purchase_invoice_id=purchase_invoice_id,
            note_uuid=note_uuid,
        ))

    def component_note_external(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``Notes.component_note_external``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.component_note_external(
            component_uuid=component_uuid,
            order_id=order_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def component_add_notes(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``Notes.component_add_notes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.component_add_notes(
            component_uuid=component_uuid,
            order_id=order_id,
            request_data=request_data,
        ))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[NotesListResponseDTO]:
        """``Notes.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[NotesListResponseDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def note_attachment(self, uuid: str) -> RawResponse[Dict[str, Any]]:
        """``Notes.note_attachment``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.note_attachment(uuid=uuid))

    def accounts_notes(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AccountNotesResponseDTO]:
        """``Notes.accounts_notes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountNotesResponseDTO]", self._resource.accounts_notes(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))


class AsyncNotesRaw(RawResource):
    """``AsyncNotes.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def account_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AccountNoteDetailsDTO]]:
        """``AsyncNotes.account_note_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountNoteDetailsDTO]]", self._resource.account_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def note_uuid_details(self, id: str, uuid: str) -> Awaitable[RawResponse[AccountNoteUuidDetailsDTO]]:
        """``AsyncNotes.note_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountNoteUuidDetailsDTO]]", self._resource.note_uuid_details(
            id=id,
            uuid=uuid,
        ))

    def add_notes(
        self,
        file_urls: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> Awaitable[RawResponse[AccountNoteResponseDetailsDTO]]:
        """``AsyncNotes.add_notes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountNoteResponseDetailsDTO]]", self._resource.add_notes(
            file_urls=file_urls,
            account_id=account_id,
            datas=datas,
        ))

    def delete_note_uuid_details(self, id: str, uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncNotes.delete_note_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete_note_uuid_details(id=id, uuid=uuid))

    def note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[RawResponse[AccountNoteUuidFileDetailsDTO]]:
        """``AsyncNotes.note_uuid_files_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountNoteUuidFileDetailsDTO]]", self._resource.note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[RawResponse[AccountNoteUuidFileUuidDetailsDTO]]:
        """``AsyncNotes.note_uuid_files_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountNoteUuidFileUuidDetailsDTO]]", self._resource.note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def add_notes_uuid(
        self,
        file_urls: FileArg,
        account_id: str,
        note_uuid: str,
    ) -> Awaitable[RawResponse[AccountNoteResponseDetailsDTO]]:
        """``AsyncNotes.add_notes_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountNoteResponseDetailsDTO]]", self._resource.add_notes_uuid(
            file_urls=file_urls,
            account_id=account_id,
            note_uuid=note_uuid,
        ))

    def note_details(self, uuid: str) -> Awaitable[RawResponse[NoteDataDTO]]:
        """``AsyncNotes.note_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[NoteDataDTO]]", self._resource.note_details(uuid=uuid))

    def order_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[OrderNoteDetailsDTO]]:
        """``AsyncNotes.order_note_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderNoteDetailsDTO]]", self._resource.order_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def item_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[ItemNoteDetailsDTO]]:
        """``AsyncNotes.item_note_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemNoteDetailsDTO]]", self._resource.item_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def invoice_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[InvoiceNoteDetailsDTO]]:
        """``AsyncNotes.invoice_note_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceNoteDetailsDTO]]", self._resource.invoice_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def payment_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[PaymentNoteDetailsDTO]]:
        """``AsyncNotes.payment_note_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentNoteDetailsDTO]]", self._resource.payment_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def purchase_order_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[notes_dto_PurchaseOrderDetailsDTO]]:
        """``AsyncNotes.purchase_order_note_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[notes_dto_PurchaseOrderDetailsDTO]]", self._resource.purchase_order_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def purchase_invoice_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[PurchaseInvoiceDetailsDTO]]:
        """``AsyncNotes.purchase_invoice_note_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceDetailsDTO]]", self._resource.purchase_invoice_note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def order_note_uuid_details(self, id: str, uuid: str) -> Awaitable[RawResponse[OrderNoteUuidDetailsDTO]]:
        """``AsyncNotes.order_note_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderNoteUuidDetailsDTO]]", self._resource.order_note_uuid_details(
            id=id,
            uuid=uuid,
        ))

    def item_note_uuid_details(self, id: str, uuid: str) -> Awaitable[RawResponse[ItemNoteUuidDetailsDTO]]:
        """``AsyncNotes.item_note_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemNoteUuidDetailsDTO]]", self._resource.item_note_uuid_details(
            id=id,
            uuid=uuid,
        ))

    def invoice_note_uuid_details(self, id: str, uuid: str) -> Awaitable[RawResponse[InvoiceNoteUuidDetailsDTO]]:
        """``AsyncNotes.invoice_note_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceNoteUuidDetailsDTO]]", self._resource.invoice_note_uuid_details(
            id=id,
            uuid=uuid,
        ))

    def payment_note_uuid_details(self, id: str, uuid: str) -> Awaitable[RawResponse[PaymentNoteUuidDetailsDTO]]:
        """``AsyncNotes.payment_note_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentNoteUuidDetailsDTO]]", self._resource.payment_note_uuid_details(
            id=id,
            uuid=uuid,
        ))

    def purchase_order_note_uuid_details(
        self,
        id: str,
        uuid: str,
    ) -> Awaitable[RawResponse[PurchaseOrderNoteUuidDetailsDTO]]:
        """``AsyncNotes.purchase_order_note_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseOrderNoteUuidDetailsDTO]]", self._resource.purchase_order_note_uuid_details(
            id=id,
            uuid=uuid,
        ))

    def purchase_invoice_note_uuid_details(
        self,
        id: str,
        uuid: str,
    ) -> Awaitable[RawResponse[PurchaseInvoiceNoteUuidDetailsDTO]]:
        """``AsyncNotes.purchase_invoice_note_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceNoteUuidDetailsDTO]]", self._resource.purchase_invoice_note_uuid_details(
            id=id,
            uuid=uuid,
        ))

    def order_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[RawResponse[OrderNoteUuidFileDetailsDTO]]:
        """``AsyncNotes.order_note_uuid_files_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderNoteUuidFileDetailsDTO]]", self._resource.order_note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def item_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[RawResponse[ItemNoteUuidFileDetailsDTO]]:
        """``AsyncNotes.item_note_uuid_files_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemNoteUuidFileDetailsDTO]]", self._resource.item_note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def invoice_note_uuid_files_details(
        self,
        id: str,
        uuid: str,
    ) -> Awaitable[RawResponse[InvoiceNoteUuidFileDetailsDTO]]:
        """``AsyncNotes.invoice_note_uuid_files_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceNoteUuidFileDetailsDTO]]", self._resource.invoice_note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def payment_note_uuid_files_details(
        self,
        id: str,
        uuid: str,
    ) -> Awaitable[RawResponse[PaymentNoteUuidFileDetailsDTO]]:
        """``AsyncNotes.payment_note_uuid_files_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentNoteUuidFileDetailsDTO]]", self._resource.payment_note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def purchase_order_note_uuid_files_details(
        self,
        id: str,
        uuid: str,
    ) -> Awaitable[RawResponse[PurchaseOrderUuidFileDetailsDTO]]:
        """``AsyncNotes.purchase_order_note_uuid_files_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseOrderUuidFileDetailsDTO]]", self._resource.purchase_order_note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def purchase_invoice_note_uuid_files_details(
        self,
        id: str,
        uuid: str,
    ) -> Awaitable[RawResponse[PurchaseInvoiceUuidFileDetailsDTO]]:
        """``AsyncNotes.purchase_invoice_note_uuid_files_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceUuidFileDetailsDTO]]", self._resource.purchase_invoice_note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def order_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[RawResponse[OrderNoteUuidFileUuidDetailsDTO]]:
        """``AsyncNotes.order_note_uuid_files_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderNoteUuidFileUuidDetailsDTO]]", self._resource.order_note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def item_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[RawResponse[ItemNoteUuidFileUuidDetailsDTO]]:
        """``AsyncNotes.item_note_uuid_files_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemNoteUuidFileUuidDetailsDTO]]", self._resource.item_note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def invoice_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[RawResponse[InvoiceNoteUuidFileUuidDetailsDTO]]:
        """``AsyncNotes.invoice_note_uuid_files_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceNoteUuidFileUuidDetailsDTO]]", self._resource.invoice_note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def payment_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[RawResponse[PaymentNoteUuidFileUuidDetailsDTO]]:
        """``AsyncNotes.payment_note_uuid_files_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentNoteUuidFileUuidDetailsDTO]]", self._resource.payment_note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def purchase_order_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[RawResponse[PurchaseOrderNoteUuidFileUuidDetailsDTO]]:
        """``AsyncNotes.purchase_order_note_uuid_files_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseOrderNoteUuidFileUuidDetailsDTO]]", self._resource.purchase_order_note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def purchase_invoice_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[RawResponse[PurchaseInvoiceNoteUuidFileUuidDetailsDTO]]:
        """``AsyncNotes.purchase_invoice_note_uuid_files_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceNoteUuidFileUuidDetailsDTO]]", self._resource.purchase_invoice_note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def order_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        order_id: str = "",
        datas: str = "",
    ) -> Awaitable[RawResponse[OrderNoteResponseDetailsDTO]]:
        """``AsyncNotes.order_add_notes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderNoteResponseDetailsDTO]]", self._resource.order_add_notes(
            file_urls=file_urls,
            order_id=order_id,
            datas=datas,
        ))

    def item_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        item_id: str = "",
        datas: str = "",
    ) -> Awaitable[RawResponse[ItemNoteResponseDetailsDTO]]:
        """``AsyncNotes.item_add_notes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemNoteResponseDetailsDTO]]", self._resource.item_add_notes(
            file_urls=file_urls,
            item_id=item_id,
            datas=datas,
        ))

    def invoice_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        invoice_id: str = "",
        datas: str = "",
    ) -> Awaitable[RawResponse[InvoiceNoteResponseDetailsDTO]]:
        """``AsyncNotes.invoice_add_notes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceNoteResponseDetailsDTO]]", self._resource.invoice_add_notes(
            file_urls=file_urls,
            invoice_id=invoice_id,
            datas=datas,
        ))

    def payment_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        payment_id: str = "",
        datas: str = "",
    ) -> Awaitable[RawResponse[PaymentNoteResponseDetailsDTO]]:
        """``AsyncNotes.payment_add_notes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentNoteResponseDetailsDTO]]", self._resource.payment_add_notes(
            file_urls=file_urls,
            payment_id=payment_id,
            datas=datas,
        ))

    def purchase_order_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        purchase_order_id: str = "",
        datas: str = "",
    ) -> Awaitable[RawResponse[PurchaseOrderNoteResponseDetailsDTO]]:
        """``AsyncNotes.purchase_order_add_notes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseOrderNoteResponseDetailsDTO]]", self._resource.purchase_order_add_notes(
            file_urls=file_urls,
            purchase_order_id=purchase_order_id,
            datas=datas,
        ))

    def purchase_invoice_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        purchase_invoice_id: str = "",
        datas: str = "",
    ) -> Awaitable[RawResponse[PurchaseInvoiceNoteResponseDetailsDTO]]:
        """``AsyncNotes.purchase_invoice_add_notes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceNoteResponseDetailsDTO]]", self._resource.purchase_invoice_add_notes(
            file_urls=file_urls,
            purchase_invoice_id=purchase_invoice_id,
            datas=datas,
        ))

    def order_add_notes_uuid(
        self,
        file_urls: List[str],
        order_id: str,
        note_uuid: str,
    ) -> Awaitable[RawResponse[OrderNoteResponseDetailsDTO]]:
        """``AsyncNotes.order_add_notes_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderNoteResponseDetailsDTO]]", self._resource.order_add_notes_uuid(
            file_urls=file_urls,
            order_id=order_id,
            note_uuid=note_uuid,
        ))

    def item_add_notes_uuid(
        self,
        file_urls: List[str],
        item_id: str,
        note_uuid: str,
    ) -> Awaitable[RawResponse[ItemNoteResponseDetailsDTO]]:
        """``AsyncNotes.item_add_notes_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemNoteResponseDetailsDTO]]", self._resource.item_add_notes_uuid(
            file_urls=file_urls,
            item_id=item_id,
            note_uuid=note_uuid,
        ))

    def invoice_add_notes_uuid(
        self,
        file_urls: List[str],
        invoice_id: str,
        note_uuid: str,
    ) -> Awaitable[RawResponse[InvoiceNoteResponseDetailsDTO]]:
        """``AsyncNotes.invoice_add_notes_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceNoteResponseDetailsDTO]]", self._resource.invoice_add_notes_uuid(
            file_urls=file_urls,
            invoice_id=invoice_id,
            note_uuid=note_uuid,
        ))

    def payment_add_notes_uuid(
        self,
        file_urls: List[str],
        payment_id: str,
        note_uuid: str,
    ) -> Awaitable[RawResponse[PaymentNoteResponseDetailsDTO]]:
        """``AsyncNotes.payment_add_notes_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentNoteResponseDetailsDTO]]", self._resource.payment_add_notes_uuid(
            file_urls=file_urls,
            payment_id=payment_id,
            note_uuid=note_uuid,
        ))

    def purchase_order_add_notes_uuid(
        self,
        file_urls: List[str],
        purchase_order_id: str,
        note_uuid: str,
    ) -> Awaitable[RawResponse[PurchaseOrderNoteResponseDetailsDTO]]:
        """``AsyncNotes.purchase_order_add_notes_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseOrderNoteResponseDetailsDTO]]", self._resource.purchase_order_add_notes_uuid(
            file_urls=file_urls,
            purchase_order_id=purchase_order_id,
            note_uuid=note_uuid,
        ))

    def purchase_invoice_add_notes_uuid(
        self,
        file_urls: List[str],
        purchase_invoice_id: str,
        note_uuid: str,
    ) -> Awaitable[RawResponse[PurchaseInvoiceNoteResponseDetailsDTO]]:
        """``AsyncNotes.purchase_invoice_add_notes_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoiceNoteResponseDetailsDTO]]", self._resource.purchase_invoice_add_notes_uuid(
            file_urls=file_urls,
            purchase_invoice_id=purchase_invoice_id,
            note_uuid=note_uuid,
        ))

    def component_note_external(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncNotes.component_note_external``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.component_note_external(
            component_uuid=component_uuid,
            order_id=order_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def component_add_notes(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncNotes.component_add_notes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.component_add_notes(
            component_uuid=component_uuid,
            order_id=order_id,
            request_data=request_data,
        ))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[NotesListResponseDTO]]:
        """``AsyncNotes.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[NotesListResponseDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def note_attachment(self, uuid: str) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncNotes.note_attachment``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.note_attachment(uuid=uuid))

    def accounts_notes(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AccountNotesResponseDTO]]:
        """``AsyncNotes.accounts_notes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountNotesResponseDTO]]", self._resource.accounts_notes(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))
