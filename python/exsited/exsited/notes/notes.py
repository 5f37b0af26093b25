# generated from api/ — do not edit; run `make generate`
"""``sdk.notes``: the account note operations of the documented SDK's notes resource."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, List, Optional, Tuple, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
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

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Notes(Resource):
    """``sdk.notes``: the account note operations of the documented SDK's notes resource."""

    def account_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> AccountNoteDetailsDTO:
        """GET /api/v3/accounts/{id}/notes"""
        path = [args.ident("id", id)]
        query = args.listing(limit, offset, direction, order_by, param_filters)
        return cast("AccountNoteDetailsDTO", self._run(Call("notes.list", path, query=query, answer=AccountNoteDetailsDTO)))

    def iter_all(
        self,
        account_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[NoteDataDTO]:
        """Every note of the account, fetched lazily page by page.

        GET /api/v3/accounts/{id}/notes
        """
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing("notes.list", path, query, limit, offset, NoteDataDTO)))

    def note_uuid_details(self, id: str, uuid: str) -> AccountNoteUuidDetailsDTO:
        """GET /api/v3/accounts/{id}/notes/{uuid}"""
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("AccountNoteUuidDetailsDTO", self._run(Call("notes.details", path, answer=AccountNoteUuidDetailsDTO)))

    def add_notes(
        self,
        file_urls: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> AccountNoteResponseDetailsDTO:
        """POST /api/v3/accounts/{id}/notes"""
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("AccountNoteResponseDetailsDTO", self._run(Call("notes.add", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def order_add_notes(
        self,
        file_urls: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> AccountNoteResponseDetailsDTO:
        """Adds a note to an account, as the documentation calls it (``order_add_notes(file_urls=..., datas=..., account_id=...)``).

        POST /api/v3/accounts/{id}/notes
        """
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("AccountNoteResponseDetailsDTO", self._run(Call("notes.add", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def delete_note_uuid_details(self, id: str, uuid: str) -> DeleteResult:
        """DELETE /api/v3/accounts/{id}/notes/{uuid}"""
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("DeleteResult", self._run(Call("notes.delete", path)))

    def note_uuid_files_details(self, id: str, uuid: str) -> AccountNoteUuidFileDetailsDTO:
        """GET /api/v3/accounts/{id}/notes/{uuid}/files"""
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("AccountNoteUuidFileDetailsDTO", self._run(Call("notes.files", path, answer=AccountNoteUuidFileDetailsDTO)))

    def note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> AccountNoteUuidFileUuidDetailsDTO:
        """GET /api/v3/accounts/{id}/notes/{uuid}/files/{file_uuid}"""
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("AccountNoteUuidFileUuidDetailsDTO", self._run(Call("notes.file_details", path, answer=AccountNoteUuidFileUuidDetailsDTO)))

    def add_notes_uuid(self, file_urls: FileArg, account_id: str, note_uuid: str) -> AccountNoteResponseDetailsDTO:
        """POST /api/v3/accounts/{id}/notes/{uuid}/files"""
        path = [args.ident("account_id", account_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("AccountNoteResponseDetailsDTO", self._run(Call("notes.add_files", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def note_details(self, uuid: str) -> NoteDataDTO:
        """Reads one record of notes.

        GET /api/v3/notes/{uuid}

        Returns NoteDataDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("NoteDataDTO", self._run(Call("notes_more.note_details", path, answer=NoteDataDTO)))

    def order_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> OrderNoteDetailsDTO:
        """One page of notes of the orders.

        GET /api/v3/orders/{id}/notes

        Returns OrderNoteDetailsDTO.
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("OrderNoteDetailsDTO", self._run(Call("notes_more.order_note_details", path, query=query, answer=OrderNoteDetailsDTO)))

    def order_note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[NoteDataDTO]:
        """Every record of ``order_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/orders/{id}/notes

        Returns Iterator[NoteDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing("notes_more.order_note_details", path, query, limit, offset, NoteDataDTO)))

    def item_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> ItemNoteDetailsDTO:
        """One page of notes of the items.

        GET /api/v3/items/{id}/notes

        Returns ItemNoteDetailsDTO.
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("ItemNoteDetailsDTO", self._run(Call("notes_more.item_note_details", path, query=query, answer=ItemNoteDetailsDTO)))

    def item_note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[NoteDataDTO]:
        """Every record of ``item_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/items/{id}/notes

        Returns Iterator[NoteDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing("notes_more.item_note_details", path, query, limit, offset, NoteDataDTO)))

    def invoice_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> InvoiceNoteDetailsDTO:
        """One page of notes of the invoices.

        GET /api/v2/invoices/{id}/notes

        Returns InvoiceNoteDetailsDTO.
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("InvoiceNoteDetailsDTO", self._run(Call("notes_more.invoice_note_details", path, query=query, answer=InvoiceNoteDetailsDTO)))

    def invoice_note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[NoteDataDTO]:
        """Every record of ``invoice_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/invoices/{id}/notes

        Returns Iterator[NoteDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing("notes_more.invoice_note_details", path, query, limit, offset, NoteDataDTO)))

    def payment_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> PaymentNoteDetailsDTO:
        """One page of notes of the payments.

        GET /api/v3/payments/{id}/notes

        Returns PaymentNoteDetailsDTO.
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("PaymentNoteDetailsDTO", self._run(Call("notes_more.payment_note_details", path, query=query, answer=PaymentNoteDetailsDTO)))

    def payment_note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[NoteDataDTO]:
        """Every record of ``payment_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/payments/{id}/notes

        Returns Iterator[NoteDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing("notes_more.payment_note_details", path, query, limit, offset, NoteDataDTO)))

    def purchase_order_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> notes_dto_PurchaseOrderDetailsDTO:
        """One page of notes of the purchase orders.

        GET /api/v3/purchase-orders/{id}/notes

        Returns notes_dto_PurchaseOrderDetailsDTO.
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("notes_dto_PurchaseOrderDetailsDTO", self._run(Call("notes_more.purchase_order_note_details", path, query=query, answer=notes_dto_PurchaseOrderDetailsDTO)))

    def purchase_order_note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[NoteDataDTO]:
        """Every record of ``purchase_order_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-orders/{id}/notes

        Returns Iterator[NoteDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing("notes_more.purchase_order_note_details", path, query, limit, offset, NoteDataDTO)))

    def purchase_invoice_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> PurchaseInvoiceDetailsDTO:
        """One page of notes of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/notes

        Returns PurchaseInvoiceDetailsDTO.
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("PurchaseInvoiceDetailsDTO", self._run(Call("notes_more.purchase_invoice_note_details", path, query=query, answer=PurchaseInvoiceDetailsDTO)))

    def purchase_invoice_note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[NoteDataDTO]:
        """Every record of ``purchase_invoice_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-invoices/{id}/notes

        Returns Iterator[NoteDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing("notes_more.purchase_invoice_note_details", path, query, limit, offset, NoteDataDTO)))

    def order_note_uuid_details(self, id: str, uuid: str) -> OrderNoteUuidDetailsDTO:
        """Reads one record of notes of the orders.

        GET /api/v3/orders/{id}/notes/{uuid}

        Returns OrderNoteUuidDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("OrderNoteUuidDetailsDTO", self._run(Call("notes_more.order_note_uuid_details", path, answer=OrderNoteUuidDetailsDTO)))

    def item_note_uuid_details(self, id: str, uuid: str) -> ItemNoteUuidDetailsDTO:
        """Reads one record of notes of the items.

        GET /api/v3/items/{id}/notes/{uuid}

        Returns ItemNoteUuidDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("ItemNoteUuidDetailsDTO", self._run(Call("notes_more.item_note_uuid_details", path, answer=ItemNoteUuidDetailsDTO)))

    def invoice_note_uuid_details(self, id: str, uuid: str) -> InvoiceNoteUuidDetailsDTO:
        """Reads one record of notes of the invoices.

        GET /api/v2/invoices/{id}/notes/{uuid}

        Returns InvoiceNoteUuidDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("InvoiceNoteUuidDetailsDTO", self._run(Call("notes_more.invoice_note_uuid_details", path, answer=InvoiceNoteUuidDetailsDTO)))

    def payment_note_uuid_details(self, id: str, uuid: str) -> PaymentNoteUuidDetailsDTO:
        """Reads one record of notes of the payments.

        GET /api/v3/payments/{id}/notes/{uuid}

        Returns PaymentNoteUuidDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PaymentNoteUuidDetailsDTO", self._run(Call("notes_more.payment_note_uuid_details", path, answer=PaymentNoteUuidDetailsDTO)))

    def purchase_order_note_uuid_details(self, id: str, uuid: str) -> PurchaseOrderNoteUuidDetailsDTO:
        """Reads one record of notes of the purchase orders.

        GET /api/v3/purchase-orders/{id}/notes/{uuid}

        Returns PurchaseOrderNoteUuidDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PurchaseOrderNoteUuidDetailsDTO", self._run(Call("notes_more.purchase_order_note_uuid_details", path, answer=PurchaseOrderNoteUuidDetailsDTO)))

    def purchase_invoice_note_uuid_details(self, id: str, uuid: str) -> PurchaseInvoiceNoteUuidDetailsDTO:
        """Reads one record of notes of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/notes/{uuid}

        Returns PurchaseInvoiceNoteUuidDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PurchaseInvoiceNoteUuidDetailsDTO", self._run(Call("notes_more.purchase_invoice_note_uuid_details", path, answer=PurchaseInvoiceNoteUuidDetailsDTO)))

    def order_note_uuid_files_details(self, id: str, uuid: str) -> OrderNoteUuidFileDetailsDTO:
        """Reads the files of the orders notes.

        GET /api/v3/orders/{id}/notes/{uuid}/files

        Returns OrderNoteUuidFileDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("OrderNoteUuidFileDetailsDTO", self._run(Call("notes_more.order_note_uuid_files_details", path, answer=OrderNoteUuidFileDetailsDTO)))

    def item_note_uuid_files_details(self, id: str, uuid: str) -> ItemNoteUuidFileDetailsDTO:
        """Reads the files of the items notes.

        GET /api/v3/items/{id}/notes/{uuid}/files

        Returns ItemNoteUuidFileDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("ItemNoteUuidFileDetailsDTO", self._run(Call("notes_more.item_note_uuid_files_details", path, answer=ItemNoteUuidFileDetailsDTO)))

    def invoice_note_uuid_files_details(self, id: str, uuid: str) -> InvoiceNoteUuidFileDetailsDTO:
        """Reads the files of the invoices notes.

        GET /api/v2/invoices/{id}/notes/{uuid}/files

        Returns InvoiceNoteUuidFileDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("InvoiceNoteUuidFileDetailsDTO", self._run(Call("notes_more.invoice_note_uuid_files_details", path, answer=InvoiceNoteUuidFileDetailsDTO)))

    def payment_note_uuid_files_details(self, id: str, uuid: str) -> PaymentNoteUuidFileDetailsDTO:
        """Reads the files of the payments notes.

        GET /api/v3/payments/{id}/notes/{uuid}/files

        Returns PaymentNoteUuidFileDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PaymentNoteUuidFileDetailsDTO", self._run(Call("notes_more.payment_note_uuid_files_details", path, answer=PaymentNoteUuidFileDetailsDTO)))

    def purchase_order_note_uuid_files_details(self, id: str, uuid: str) -> PurchaseOrderUuidFileDetailsDTO:
        """Reads the files of the purchase orders notes.

        GET /api/v3/purchase-orders/{id}/notes/{uuid}/files

        Returns PurchaseOrderUuidFileDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PurchaseOrderUuidFileDetailsDTO", self._run(Call("notes_more.purchase_order_note_uuid_files_details", path, answer=PurchaseOrderUuidFileDetailsDTO)))

    def purchase_invoice_note_uuid_files_details(self, id: str, uuid: str) -> PurchaseInvoiceUuidFileDetailsDTO:
        """Reads the files of the purchase invoices notes.

        GET /api/v3/purchase-invoices/{id}/notes/{uuid}/files

        Returns PurchaseInvoiceUuidFileDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PurchaseInvoiceUuidFileDetailsDTO", self._run(Call("notes_more.purchase_invoice_note_uuid_files_details", path, answer=PurchaseInvoiceUuidFileDetailsDTO)))

    def order_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> OrderNoteUuidFileUuidDetailsDTO:
        """Reads one record of files of the orders notes.

        GET /api/v3/orders/{id}/notes/{uuid}/files/{file_uuid}

        Returns OrderNoteUuidFileUuidDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("OrderNoteUuidFileUuidDetailsDTO", self._run(Call("notes_more.order_note_uuid_files_uuid_details", path, answer=OrderNoteUuidFileUuidDetailsDTO)))

    def item_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> ItemNoteUuidFileUuidDetailsDTO:
        """Reads one record of files of the items notes.

        GET /api/v3/items/{id}/notes/{uuid}/files/{file_uuid}

        Returns ItemNoteUuidFileUuidDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("ItemNoteUuidFileUuidDetailsDTO", self._run(Call("notes_more.item_note_uuid_files_uuid_details", path, answer=ItemNoteUuidFileUuidDetailsDTO)))

    def invoice_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> InvoiceNoteUuidFileUuidDetailsDTO:
        """Reads one record of files of the invoices notes.

        GET /api/v2/invoices/{id}/notes/{uuid}/files/{file_uuid}

        Returns InvoiceNoteUuidFileUuidDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("InvoiceNoteUuidFileUuidDetailsDTO", self._run(Call("notes_more.invoice_note_uuid_files_uuid_details", path, answer=InvoiceNoteUuidFileUuidDetailsDTO)))

    def payment_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> PaymentNoteUuidFileUuidDetailsDTO:
        """Reads one record of files of the payments notes.

        GET /api/v3/payments/{id}/notes/{uuid}/files/{file_uuid}

        Returns PaymentNoteUuidFileUuidDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("PaymentNoteUuidFileUuidDetailsDTO", self._run(Call("notes_more.payment_note_uuid_files_uuid_details", path, answer=PaymentNoteUuidFileUuidDetailsDTO)))

    def purchase_order_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> PurchaseOrderNoteUuidFileUuidDetailsDTO:
        """Reads one record of files of the purchase orders notes.

        GET /api/v3/purchase-orders/{id}/notes/{uuid}/files/{file_uuid}

        Returns PurchaseOrderNoteUuidFileUuidDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("PurchaseOrderNoteUuidFileUuidDetailsDTO", self._run(Call("notes_more.purchase_order_note_uuid_files_uuid_details", path, answer=PurchaseOrderNoteUuidFileUuidDetailsDTO)))

    def purchase_invoice_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> PurchaseInvoiceNoteUuidFileUuidDetailsDTO:
        """Reads one record of files of the purchase invoices notes.

        GET /api/v3/purchase-invoices/{id}/notes/{uuid}/files/{file_uuid}

        Returns PurchaseInvoiceNoteUuidFileUuidDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("PurchaseInvoiceNoteUuidFileUuidDetailsDTO", self._run(Call("notes_more.purchase_invoice_note_uuid_files_uuid_details", path, answer=PurchaseInvoiceNoteUuidFileUuidDetailsDTO)))

    def item_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        item_id: str = "",
        datas: str = "",
    ) -> ItemNoteResponseDetailsDTO:
        """Runs notes of the items.

        POST /api/v2/items/{item_id}/notes

        Returns ItemNoteResponseDetailsDTO.
        """
        path = [args.ident("item_id", item_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("ItemNoteResponseDetailsDTO", self._run(Call("notes_more.item_add_notes", path, parts=parts, answer=ItemNoteResponseDetailsDTO)))

    def invoice_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        invoice_id: str = "",
        datas: str = "",
    ) -> InvoiceNoteResponseDetailsDTO:
        """Runs notes of the invoices.

        POST /api/v2/invoices/{invoice_id}/notes

        Returns InvoiceNoteResponseDetailsDTO.
        """
        path = [args.ident("invoice_id", invoice_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("InvoiceNoteResponseDetailsDTO", self._run(Call("notes_more.invoice_add_notes", path, parts=parts, answer=InvoiceNoteResponseDetailsDTO)))

    def payment_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        payment_id: str = "",
        datas: str = "",
    ) -> PaymentNoteResponseDetailsDTO:
        """Runs notes of the payments.

        POST /api/v2/payments/{payment_id}/notes

        Returns PaymentNoteResponseDetailsDTO.
        """
        path = [args.ident("payment_id", payment_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("PaymentNoteResponseDetailsDTO", self._run(Call("notes_more.payment_add_notes", path, parts=parts, answer=PaymentNoteResponseDetailsDTO)))

    def purchase_order_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        purchase_order_id: str = "",
        datas: str = "",
    ) -> PurchaseOrderNoteResponseDetailsDTO:
        """Runs notes of the purchase orders.

        POST /api/v2/purchase-orders/{purchase_order_id}/notes

        Returns PurchaseOrderNoteResponseDetailsDTO.
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("PurchaseOrderNoteResponseDetailsDTO", self._run(Call("notes_more.purchase_order_add_notes", path, parts=parts, answer=PurchaseOrderNoteResponseDetailsDTO)))

    def purchase_invoice_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        purchase_invoice_id: str = "",
        datas: str = "",
    ) -> PurchaseInvoiceNoteResponseDetailsDTO:
        """Runs notes of the purchase invoices.

        POST /api/v2/purchase-invoices/{purchase_invoice_id}/notes

        Returns PurchaseInvoiceNoteResponseDetailsDTO.
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("PurchaseInvoiceNoteResponseDetailsDTO", self._run(Call("notes_more.purchase_invoice_add_notes", path, parts=parts, answer=PurchaseInvoiceNoteResponseDetailsDTO)))

    def order_add_notes_uuid(self, file_urls: List[str], order_id: str, note_uuid: str) -> OrderNoteResponseDetailsDTO:
        """Runs files of the orders notes.

        POST /api/v2/orders/{order_id}/notes/{note_uuid}/files

        Returns OrderNoteResponseDetailsDTO.
        """
        path = [args.ident("order_id", order_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("OrderNoteResponseDetailsDTO", self._run(Call("notes_more.order_add_notes_uuid", path, parts=parts, answer=OrderNoteResponseDetailsDTO)))

    def item_add_notes_uuid(self, file_urls: List[str], item_id: str, note_uuid: str) -> ItemNoteResponseDetailsDTO:
        """Runs files of the items notes.

        POST /api/v2/items/{item_id}/notes/{note_uuid}/files

        Returns ItemNoteResponseDetailsDTO.
        """
        path = [args.ident("item_id", item_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("ItemNoteResponseDetailsDTO", self._run(Call("notes_more.item_add_notes_uuid", path, parts=parts, answer=ItemNoteResponseDetailsDTO)))

    def invoice_add_notes_uuid(
        self,
        file_urls: List[str],
        invoice_id: str,
        note_uuid: str,
    ) -> InvoiceNoteResponseDetailsDTO:
        """Runs files of the invoices notes.

        POST /api/v2/invoices/{invoice_id}/notes/{note_uuid}/files

        Returns InvoiceNoteResponseDetailsDTO.
        """
        path = [args.ident("invoice_id", invoice_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("InvoiceNoteResponseDetailsDTO", self._run(Call("notes_more.invoice_add_notes_uuid", path, parts=parts, answer=InvoiceNoteResponseDetailsDTO)))

    def payment_add_notes_uuid(
        self,
        file_urls: List[str],
        payment_id: str,
        note_uuid: str,
    ) -> PaymentNoteResponseDetailsDTO:
        """Runs files of the payments notes.

        POST /api/v2/payments/{payment_id}/notes/{note_uuid}/files

        Returns PaymentNoteResponseDetailsDTO.
        """
        path = [args.ident("payment_id", payment_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("PaymentNoteResponseDetailsDTO", self._run(Call("notes_more.payment_add_notes_uuid", path, parts=parts, answer=PaymentNoteResponseDetailsDTO)))

    def purchase_order_add_notes_uuid(
        self,
        file_urls: List[str],
        purchase_order_id: str,
        note_uuid: str,
    ) -> PurchaseOrderNoteResponseDetailsDTO:
        """Runs files of the purchase orders notes.

        POST /api/v2/purchase-orders/{purchase_order_id}/notes/{note_uuid}/files

        Returns PurchaseOrderNoteResponseDetailsDTO.
        """
        path = [args.ident("purchase_order_id", purchase_order_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("PurchaseOrderNoteResponseDetailsDTO", self._run(Call("notes_more.purchase_order_add_notes_uuid", path, parts=parts, answer=PurchaseOrderNoteResponseDetailsDTO)))

    def purchase_invoice_add_notes_uuid(
        self,
        file_urls: List[str],
        purchase_invoice_id: str,
        note_uuid: str,
    ) -> PurchaseInvoiceNoteResponseDetailsDTO:
        """Runs files of the purchase invoices notes.

        POST /api/v2/purchase-invoices/{purchase_invoice_id}/notes/{note_uuid}/files

        Returns PurchaseInvoiceNoteResponseDetailsDTO.
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("PurchaseInvoiceNoteResponseDetailsDTO", self._run(Call("notes_more.purchase_invoice_add_notes_uuid", path, parts=parts, answer=PurchaseInvoiceNoteResponseDetailsDTO)))

    def component_note_external(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of external of the component notes.

        GET /api/v3/component/{component_uuid}/{order_id}/notes/external

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("notes_more.component_note_external", path, query=query))

    def component_note_external_iter_all(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``component_note_external``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{component_uuid}/{order_id}/notes/external

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("notes_more.component_note_external", path, query, limit, offset, None)))

    def component_add_notes(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Runs notes of the component.

        POST /api/v3/component/{component_uuid}/{order_id}/notes

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("notes_more.component_add_notes", path, body=body)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> NotesListResponseDTO:
        """One page of notes.

        GET /api/v3/notes

        Returns NotesListResponseDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("NotesListResponseDTO", self._run(Call("notes_more.list", query=query, answer=NotesListResponseDTO)))

    def list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[NoteDataDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/notes

        Returns Iterator[NoteDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing("notes_more.list", [], query, limit, offset, NoteDataDTO)))

    def note_attachment(self, uuid: str) -> Any:
        """Reads one record of note attachment.

        GET /api/v3/note_attachment/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("notes_more.note_attachment", path))

    def accounts_notes(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> AccountNotesResponseDTO:
        """One page of notes of the accounts.

        GET /api/v3/accounts/notes

        Returns AccountNotesResponseDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("AccountNotesResponseDTO", self._run(Call("notes_more.accounts_notes", query=query, answer=AccountNotesResponseDTO)))

    def accounts_notes_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[NoteDataDTO]:
        """Every record of ``accounts_notes``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/accounts/notes

        Returns Iterator[NoteDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing("notes_more.accounts_notes", [], query, limit, offset, NoteDataDTO)))


class AsyncNotes(Resource):
    """``sdk.notes``: the account note operations of the documented SDK's notes resource. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def account_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AccountNoteDetailsDTO]:
        """GET /api/v3/accounts/{id}/notes"""
        path = [args.ident("id", id)]
        query = args.listing(limit, offset, direction, order_by, param_filters)
        return cast("Awaitable[AccountNoteDetailsDTO]", self._run(Call("notes.list", path, query=query, answer=AccountNoteDetailsDTO)))

    def iter_all(
        self,
        account_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[NoteDataDTO]:
        """Every note of the account, fetched lazily page by page.

        GET /api/v3/accounts/{id}/notes
        """
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing("notes.list", path, query, limit, offset, NoteDataDTO)))

    def note_uuid_details(self, id: str, uuid: str) -> Awaitable[AccountNoteUuidDetailsDTO]:
        """GET /api/v3/accounts/{id}/notes/{uuid}"""
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[AccountNoteUuidDetailsDTO]", self._run(Call("notes.details", path, answer=AccountNoteUuidDetailsDTO)))

    def add_notes(
        self,
        file_urls: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> Awaitable[AccountNoteResponseDetailsDTO]:
        """POST /api/v3/accounts/{id}/notes"""
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[AccountNoteResponseDetailsDTO]", self._run(Call("notes.add", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def order_add_notes(
        self,
        file_urls: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> Awaitable[AccountNoteResponseDetailsDTO]:
        """Adds a note to an account, as the documentation calls it (``order_add_notes(file_urls=..., datas=..., account_id=...)``).

        POST /api/v3/accounts/{id}/notes
        """
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[AccountNoteResponseDetailsDTO]", self._run(Call("notes.add", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def delete_note_uuid_details(self, id: str, uuid: str) -> Awaitable[DeleteResult]:
        """DELETE /api/v3/accounts/{id}/notes/{uuid}"""
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("notes.delete", path)))

    def note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[AccountNoteUuidFileDetailsDTO]:
        """GET /api/v3/accounts/{id}/notes/{uuid}/files"""
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[AccountNoteUuidFileDetailsDTO]", self._run(Call("notes.files", path, answer=AccountNoteUuidFileDetailsDTO)))

    def note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[AccountNoteUuidFileUuidDetailsDTO]:
        """GET /api/v3/accounts/{id}/notes/{uuid}/files/{file_uuid}"""
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[AccountNoteUuidFileUuidDetailsDTO]", self._run(Call("notes.file_details", path, answer=AccountNoteUuidFileUuidDetailsDTO)))

    def add_notes_uuid(
        self,
        file_urls: FileArg,
        account_id: str,
        note_uuid: str,
    ) -> Awaitable[AccountNoteResponseDetailsDTO]:
        """POST /api/v3/accounts/{id}/notes/{uuid}/files"""
        path = [args.ident("account_id", account_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[AccountNoteResponseDetailsDTO]", self._run(Call("notes.add_files", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def note_details(self, uuid: str) -> Awaitable[NoteDataDTO]:
        """Reads one record of notes.

        GET /api/v3/notes/{uuid}

        Returns Awaitable[NoteDataDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[NoteDataDTO]", self._run(Call("notes_more.note_details", path, answer=NoteDataDTO)))

    def order_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[OrderNoteDetailsDTO]:
        """One page of notes of the orders.

        GET /api/v3/orders/{id}/notes

        Returns Awaitable[OrderNoteDetailsDTO].
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[OrderNoteDetailsDTO]", self._run(Call("notes_more.order_note_details", path, query=query, answer=OrderNoteDetailsDTO)))

    def order_note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[NoteDataDTO]:
        """Every record of ``order_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/orders/{id}/notes

        Returns AsyncIterator[NoteDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing("notes_more.order_note_details", path, query, limit, offset, NoteDataDTO)))

    def item_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ItemNoteDetailsDTO]:
        """One page of notes of the items.

        GET /api/v3/items/{id}/notes

        Returns Awaitable[ItemNoteDetailsDTO].
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[ItemNoteDetailsDTO]", self._run(Call("notes_more.item_note_details", path, query=query, answer=ItemNoteDetailsDTO)))

    def item_note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[NoteDataDTO]:
        """Every record of ``item_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/items/{id}/notes

        Returns AsyncIterator[NoteDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing("notes_more.item_note_details", path, query, limit, offset, NoteDataDTO)))

    def invoice_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[InvoiceNoteDetailsDTO]:
        """One page of notes of the invoices.

        GET /api/v2/invoices/{id}/notes

        Returns Awaitable[InvoiceNoteDetailsDTO].
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[InvoiceNoteDetailsDTO]", self._run(Call("notes_more.invoice_note_details", path, query=query, answer=InvoiceNoteDetailsDTO)))

    def invoice_note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[NoteDataDTO]:
        """Every record of ``invoice_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/invoices/{id}/notes

        Returns AsyncIterator[NoteDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing("notes_more.invoice_note_details", path, query, limit, offset, NoteDataDTO)))

    def payment_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PaymentNoteDetailsDTO]:
        """One page of notes of the payments.

        GET /api/v3/payments/{id}/notes

        Returns Awaitable[PaymentNoteDetailsDTO].
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[PaymentNoteDetailsDTO]", self._run(Call("notes_more.payment_note_details", path, query=query, answer=PaymentNoteDetailsDTO)))

    def payment_note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[NoteDataDTO]:
        """Every record of ``payment_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/payments/{id}/notes

        Returns AsyncIterator[NoteDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing("notes_more.payment_note_details", path, query, limit, offset, NoteDataDTO)))

    def purchase_order_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[notes_dto_PurchaseOrderDetailsDTO]:
        """One page of notes of the purchase orders.

        GET /api/v3/purchase-orders/{id}/notes

        Returns Awaitable[notes_dto_PurchaseOrderDetailsDTO].
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[notes_dto_PurchaseOrderDetailsDTO]", self._run(Call("notes_more.purchase_order_note_details", path, query=query, answer=notes_dto_PurchaseOrderDetailsDTO)))

    def purchase_order_note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[NoteDataDTO]:
        """Every record of ``purchase_order_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-orders/{id}/notes

        Returns AsyncIterator[NoteDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing("notes_more.purchase_order_note_details", path, query, limit, offset, NoteDataDTO)))

    def purchase_invoice_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchaseInvoiceDetailsDTO]:
        """One page of notes of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/notes

        Returns Awaitable[PurchaseInvoiceDetailsDTO].
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[PurchaseInvoiceDetailsDTO]", self._run(Call("notes_more.purchase_invoice_note_details", path, query=query, answer=PurchaseInvoiceDetailsDTO)))

    def purchase_invoice_note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[NoteDataDTO]:
        """Every record of ``purchase_invoice_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-invoices/{id}/notes

        Returns AsyncIterator[NoteDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing("notes_more.purchase_invoice_note_details", path, query, limit, offset, NoteDataDTO)))

    def order_note_uuid_details(self, id: str, uuid: str) -> Awaitable[OrderNoteUuidDetailsDTO]:
        """Reads one record of notes of the orders.

        GET /api/v3/orders/{id}/notes/{uuid}

        Returns Awaitable[OrderNoteUuidDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[OrderNoteUuidDetailsDTO]", self._run(Call("notes_more.order_note_uuid_details", path, answer=OrderNoteUuidDetailsDTO)))

    def item_note_uuid_details(self, id: str, uuid: str) -> Awaitable[ItemNoteUuidDetailsDTO]:
        """Reads one record of notes of the items.

        GET /api/v3/items/{id}/notes/{uuid}

        Returns Awaitable[ItemNoteUuidDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[ItemNoteUuidDetailsDTO]", self._run(Call("notes_more.item_note_uuid_details", path, answer=ItemNoteUuidDetailsDTO)))

    def invoice_note_uuid_details(self, id: str, uuid: str) -> Awaitable[InvoiceNoteUuidDetailsDTO]:
        """Reads one record of notes of the invoices.

        GET /api/v2/invoices/{id}/notes/{uuid}

        Returns Awaitable[InvoiceNoteUuidDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[InvoiceNoteUuidDetailsDTO]", self._run(Call("notes_more.invoice_note_uuid_details", path, answer=InvoiceNoteUuidDetailsDTO)))

    def payment_note_uuid_details(self, id: str, uuid: str) -> Awaitable[PaymentNoteUuidDetailsDTO]:
        """Reads one record of notes of the payments.

        GET /api/v3/payments/{id}/notes/{uuid}

        Returns Awaitable[PaymentNoteUuidDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PaymentNoteUuidDetailsDTO]", self._run(Call("notes_more.payment_note_uuid_details", path, answer=PaymentNoteUuidDetailsDTO)))

    def purchase_order_note_uuid_details(self, id: str, uuid: str) -> Awaitable[PurchaseOrderNoteUuidDetailsDTO]:
        """Reads one record of notes of the purchase orders.

        GET /api/v3/purchase-orders/{id}/notes/{uuid}

        Returns Awaitable[PurchaseOrderNoteUuidDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PurchaseOrderNoteUuidDetailsDTO]", self._run(Call("notes_more.purchase_order_note_uuid_details", path, answer=PurchaseOrderNoteUuidDetailsDTO)))

    def purchase_invoice_note_uuid_details(self, id: str, uuid: str) -> Awaitable[PurchaseInvoiceNoteUuidDetailsDTO]:
        """Reads one record of notes of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/notes/{uuid}

        Returns Awaitable[PurchaseInvoiceNoteUuidDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PurchaseInvoiceNoteUuidDetailsDTO]", self._run(Call("notes_more.purchase_invoice_note_uuid_details", path, answer=PurchaseInvoiceNoteUuidDetailsDTO)))

    def order_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[OrderNoteUuidFileDetailsDTO]:
        """Reads the files of the orders notes.

        GET /api/v3/orders/{id}/notes/{uuid}/files

        Returns Awaitable[OrderNoteUuidFileDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[OrderNoteUuidFileDetailsDTO]", self._run(Call("notes_more.order_note_uuid_files_details", path, answer=OrderNoteUuidFileDetailsDTO)))

    def item_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[ItemNoteUuidFileDetailsDTO]:
        """Reads the files of the items notes.

        GET /api/v3/items/{id}/notes/{uuid}/files

        Returns Awaitable[ItemNoteUuidFileDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[ItemNoteUuidFileDetailsDTO]", self._run(Call("notes_more.item_note_uuid_files_details", path, answer=ItemNoteUuidFileDetailsDTO)))

    def invoice_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[InvoiceNoteUuidFileDetailsDTO]:
        """Reads the files of the invoices notes.

        GET /api/v2/invoices/{id}/notes/{uuid}/files

        Returns Awaitable[InvoiceNoteUuidFileDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[InvoiceNoteUuidFileDetailsDTO]", self._run(Call("notes_more.invoice_note_uuid_files_details", path, answer=InvoiceNoteUuidFileDetailsDTO)))

    def payment_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[PaymentNoteUuidFileDetailsDTO]:
        """Reads the files of the payments notes.

        GET /api/v3/payments/{id}/notes/{uuid}/files

        Returns Awaitable[PaymentNoteUuidFileDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PaymentNoteUuidFileDetailsDTO]", self._run(Call("notes_more.payment_note_uuid_files_details", path, answer=PaymentNoteUuidFileDetailsDTO)))

    def purchase_order_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[PurchaseOrderUuidFileDetailsDTO]:
        """Reads the files of the purchase orders notes.

        GET /api/v3/purchase-orders/{id}/notes/{uuid}/files

        Returns Awaitable[PurchaseOrderUuidFileDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PurchaseOrderUuidFileDetailsDTO]", self._run(Call("notes_more.purchase_order_note_uuid_files_details", path, answer=PurchaseOrderUuidFileDetailsDTO)))

    def purchase_invoice_note_uuid_files_details(
        self,
        id: str,
        uuid: str,
    ) -> Awaitable[PurchaseInvoiceUuidFileDetailsDTO]:
        """Reads the files of the purchase invoices notes.

        GET /api/v3/purchase-invoices/{id}/notes/{uuid}/files

        Returns Awaitable[PurchaseInvoiceUuidFileDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PurchaseInvoiceUuidFileDetailsDTO]", self._run(Call("notes_more.purchase_invoice_note_uuid_files_details", path, answer=PurchaseInvoiceUuidFileDetailsDTO)))

    def order_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[OrderNoteUuidFileUuidDetailsDTO]:
        """Reads one record of files of the orders notes.

        GET /api/v3/orders/{id}/notes/{uuid}/files/{file_uuid}

        Returns Awaitable[OrderNoteUuidFileUuidDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[OrderNoteUuidFileUuidDetailsDTO]", self._run(Call("notes_more.order_note_uuid_files_uuid_details", path, answer=OrderNoteUuidFileUuidDetailsDTO)))

    def item_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[ItemNoteUuidFileUuidDetailsDTO]:
        """Reads one record of files of the items notes.

        GET /api/v3/items/{id}/notes/{uuid}/files/{file_uuid}

        Returns Awaitable[ItemNoteUuidFileUuidDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[ItemNoteUuidFileUuidDetailsDTO]", self._run(Call("notes_more.item_note_uuid_files_uuid_details", path, answer=ItemNoteUuidFileUuidDetailsDTO)))

    def invoice_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[InvoiceNoteUuidFileUuidDetailsDTO]:
        """Reads one record of files of the invoices notes.

        GET /api/v2/invoices/{id}/notes/{uuid}/files/{file_uuid}

        Returns Awaitable[InvoiceNoteUuidFileUuidDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[InvoiceNoteUuidFileUuidDetailsDTO]", self._run(Call("notes_more.invoice_note_uuid_files_uuid_details", path, answer=InvoiceNoteUuidFileUuidDetailsDTO)))

    def payment_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[PaymentNoteUuidFileUuidDetailsDTO]:
        """Reads one record of files of the payments notes.

        GET /api/v3/payments/{id}/notes/{uuid}/files/{file_uuid}

        Returns Awaitable[PaymentNoteUuidFileUuidDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[PaymentNoteUuidFileUuidDetailsDTO]", self._run(Call("notes_more.payment_note_uuid_files_uuid_details", path, answer=PaymentNoteUuidFileUuidDetailsDTO)))

    def purchase_order_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[PurchaseOrderNoteUuidFileUuidDetailsDTO]:
        """Reads one record of files of the purchase orders notes.

        GET /api/v3/purchase-orders/{id}/notes/{uuid}/files/{file_uuid}

        Returns Awaitable[PurchaseOrderNoteUuidFileUuidDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[PurchaseOrderNoteUuidFileUuidDetailsDTO]", self._run(Call("notes_more.purchase_order_note_uuid_files_uuid_details", path, answer=PurchaseOrderNoteUuidFileUuidDetailsDTO)))

    def purchase_invoice_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[PurchaseInvoiceNoteUuidFileUuidDetailsDTO]:
        """Reads one record of files of the purchase invoices notes.

        GET /api/v3/purchase-invoices/{id}/notes/{uuid}/files/{file_uuid}

        Returns Awaitable[PurchaseInvoiceNoteUuidFileUuidDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[PurchaseInvoiceNoteUuidFileUuidDetailsDTO]", self._run(Call("notes_more.purchase_invoice_note_uuid_files_uuid_details", path, answer=PurchaseInvoiceNoteUuidFileUuidDetailsDTO)))

    def item_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        item_id: str = "",
        datas: str = "",
    ) -> Awaitable[ItemNoteResponseDetailsDTO]:
        """Runs notes of the items.

        POST /api/v2/items/{item_id}/notes

        Returns Awaitable[ItemNoteResponseDetailsDTO].
        """
        path = [args.ident("item_id", item_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[ItemNoteResponseDetailsDTO]", self._run(Call("notes_more.item_add_notes", path, parts=parts, answer=ItemNoteResponseDetailsDTO)))

    def invoice_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        invoice_id: str = "",
        datas: str = "",
    ) -> Awaitable[InvoiceNoteResponseDetailsDTO]:
        """Runs notes of the invoices.

        POST /api/v2/invoices/{invoice_id}/notes

        Returns Awaitable[InvoiceNoteResponseDetailsDTO].
        """
        path = [args.ident("invoice_id", invoice_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[InvoiceNoteResponseDetailsDTO]", self._run(Call("notes_more.invoice_add_notes", path, parts=parts, answer=InvoiceNoteResponseDetailsDTO)))

    def payment_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        payment_id: str = "",
        datas: str = "",
    ) -> Awaitable[PaymentNoteResponseDetailsDTO]:
        """Runs notes of the payments.

        POST /api/v2/payments/{payment_id}/notes

        Returns Awaitable[PaymentNoteResponseDetailsDTO].
        """
        path = [args.ident("payment_id", payment_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[PaymentNoteResponseDetailsDTO]", self._run(Call("notes_more.payment_add_notes", path, parts=parts, answer=PaymentNoteResponseDetailsDTO)))

    def purchase_order_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        purchase_order_id: str = "",
        datas: str = "",
    ) -> Awaitable[PurchaseOrderNoteResponseDetailsDTO]:
        """Runs notes of the purchase orders.

        POST /api/v2/purchase-orders/{purchase_order_id}/notes

        Returns Awaitable[PurchaseOrderNoteResponseDetailsDTO].
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[PurchaseOrderNoteResponseDetailsDTO]", self._run(Call("notes_more.purchase_order_add_notes", path, parts=parts, answer=PurchaseOrderNoteResponseDetailsDTO)))

    def purchase_invoice_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        purchase_invoice_id: str = "",
        datas: str = "",
    ) -> Awaitable[PurchaseInvoiceNoteResponseDetailsDTO]:
        """Runs notes of the purchase invoices.

        POST /api/v2/purchase-invoices/{purchase_invoice_id}/notes

        Returns Awaitable[PurchaseInvoiceNoteResponseDetailsDTO].
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[PurchaseInvoiceNoteResponseDetailsDTO]", self._run(Call("notes_more.purchase_invoice_add_notes", path, parts=parts, answer=PurchaseInvoiceNoteResponseDetailsDTO)))

    def order_add_notes_uuid(
        self,
        file_urls: List[str],
        order_id: str,
        note_uuid: str,
    ) -> Awaitable[OrderNoteResponseDetailsDTO]:
        """Runs files of the orders notes.

        POST /api/v2/orders/{order_id}/notes/{note_uuid}/files

        Returns Awaitable[OrderNoteResponseDetailsDTO].
        """
        path = [args.ident("order_id", order_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[OrderNoteResponseDetailsDTO]", self._run(Call("notes_more.order_add_notes_uuid", path, parts=parts, answer=OrderNoteResponseDetailsDTO)))

    def item_add_notes_uuid(
        self,
        file_urls: List[str],
        item_id: str,
        note_uuid: str,
    ) -> Awaitable[ItemNoteResponseDetailsDTO]:
        """Runs files of the items notes.

        POST /api/v2/items/{item_id}/notes/{note_uuid}/files

        Returns Awaitable[ItemNoteResponseDetailsDTO].
        """
        path = [args.ident("item_id", item_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[ItemNoteResponseDetailsDTO]", self._run(Call("notes_more.item_add_notes_uuid", path, parts=parts, answer=ItemNoteResponseDetailsDTO)))

    def invoice_add_notes_uuid(
        self,
        file_urls: List[str],
        invoice_id: str,
        note_uuid: str,
    ) -> Awaitable[InvoiceNoteResponseDetailsDTO]:
        """Runs files of the invoices notes.

        POST /api/v2/invoices/{invoice_id}/notes/{note_uuid}/files

        Returns Awaitable[InvoiceNoteResponseDetailsDTO].
        """
        path = [args.ident("invoice_id", invoice_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[InvoiceNoteResponseDetailsDTO]", self._run(Call("notes_more.invoice_add_notes_uuid", path, parts=parts, answer=InvoiceNoteResponseDetailsDTO)))

    def payment_add_notes_uuid(
        self,
        file_urls: List[str],
        payment_id: str,
        note_uuid: str,
    ) -> Awaitable[PaymentNoteResponseDetailsDTO]:
        """Runs files of the payments notes.

        POST /api/v2/payments/{payment_id}/notes/{note_uuid}/files

        Returns Awaitable[PaymentNoteResponseDetailsDTO].
        """
        path = [args.ident("payment_id", payment_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[PaymentNoteResponseDetailsDTO]", self._run(Call("notes_more.payment_add_notes_uuid", path, parts=parts, answer=PaymentNoteResponseDetailsDTO)))

    def purchase_order_add_notes_uuid(
        self,
        file_urls: List[str],
        purchase_order_id: str,
        note_uuid: str,
    ) -> Awaitable[PurchaseOrderNoteResponseDetailsDTO]:
        """Runs files of the purchase orders notes.

        POST /api/v2/purchase-orders/{purchase_order_id}/notes/{note_uuid}/files

        Returns Awaitable[PurchaseOrderNoteResponseDetailsDTO].
        """
        path = [args.ident("purchase_order_id", purchase_order_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[PurchaseOrderNoteResponseDetailsDTO]", self._run(Call("notes_more.purchase_order_add_notes_uuid", path, parts=parts, answer=PurchaseOrderNoteResponseDetailsDTO)))

    def purchase_invoice_add_notes_uuid(
        self,
        file_urls: List[str],
        purchase_invoice_id: str,
        note_uuid: str,
    ) -> Awaitable[PurchaseInvoiceNoteResponseDetailsDTO]:
        """Runs files of the purchase invoices notes.

        POST /api/v2/purchase-invoices/{purchase_invoice_id}/notes/{note_uuid}/files

        Returns Awaitable[PurchaseInvoiceNoteResponseDetailsDTO].
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[PurchaseInvoiceNoteResponseDetailsDTO]", self._run(Call("notes_more.purchase_invoice_add_notes_uuid", path, parts=parts, answer=PurchaseInvoiceNoteResponseDetailsDTO)))

    def component_note_external(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of external of the component notes.

        GET /api/v3/component/{component_uuid}/{order_id}/notes/external

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("notes_more.component_note_external", path, query=query)))

    def component_note_external_iter_all(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``component_note_external``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{component_uuid}/{order_id}/notes/external

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("notes_more.component_note_external", path, query, limit, offset, None)))

    def component_add_notes(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Runs notes of the component.

        POST /api/v3/component/{component_uuid}/{order_id}/notes

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("notes_more.component_add_notes", path, body=body)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[NotesListResponseDTO]:
        """One page of notes.

        GET /api/v3/notes

        Returns Awaitable[NotesListResponseDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[NotesListResponseDTO]", self._run(Call("notes_more.list", query=query, answer=NotesListResponseDTO)))

    def list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[NoteDataDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/notes

        Returns AsyncIterator[NoteDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing("notes_more.list", [], query, limit, offset, NoteDataDTO)))

    def note_attachment(self, uuid: str) -> Awaitable[Any]:
        """Reads one record of note attachment.

        GET /api/v3/note_attachment/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.note_attachment", path)))

    def accounts_notes(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AccountNotesResponseDTO]:
        """One page of notes of the accounts.

        GET /api/v3/accounts/notes

        Returns Awaitable[AccountNotesResponseDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[AccountNotesResponseDTO]", self._run(Call("notes_more.accounts_notes", query=query, answer=AccountNotesResponseDTO)))

    def accounts_notes_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[NoteDataDTO]:
        """Every record of ``accounts_notes``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/accounts/notes

        Returns AsyncIterator[NoteDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing("notes_more.accounts_notes", [], query, limit, offset, NoteDataDTO)))
