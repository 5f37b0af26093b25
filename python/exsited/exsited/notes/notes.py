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
from exsited.exsited.notes.dto.notes_dto import NoteDataDTO

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
    ) -> Any:
        """One page of notes of the orders.

        GET /api/v3/orders/{id}/notes

        Returns the answer's JSON as plain data (documented as OrderNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("notes_more.order_note_details", path, query=query))

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
    ) -> Any:
        """One page of notes of the items.

        GET /api/v3/items/{id}/notes

        Returns the answer's JSON as plain data (documented as ItemNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("notes_more.item_note_details", path, query=query))

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
    ) -> Any:
        """One page of notes of the invoices.

        GET /api/v2/invoices/{id}/notes

        Returns the answer's JSON as plain data (documented as InvoiceNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("notes_more.invoice_note_details", path, query=query))

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
    ) -> Any:
        """One page of notes of the payments.

        GET /api/v3/payments/{id}/notes

        Returns the answer's JSON as plain data (documented as PaymentNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("notes_more.payment_note_details", path, query=query))

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
    ) -> Any:
        """One page of notes of the purchase orders.

        GET /api/v3/purchase-orders/{id}/notes

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("notes_more.purchase_order_note_details", path, query=query))

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
    ) -> Any:
        """One page of notes of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/notes

        Returns the answer's JSON as plain data (documented as PurchaseInvoiceDetailsDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("notes_more.purchase_invoice_note_details", path, query=query))

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

    def order_note_uuid_details(self, id: str, uuid: str) -> Any:
        """Reads one record of notes of the orders.

        GET /api/v3/orders/{id}/notes/{uuid}

        Returns the answer's JSON as plain data (documented as OrderNoteUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes_more.order_note_uuid_details", path))

    def item_note_uuid_details(self, id: str, uuid: str) -> Any:
        """Reads one record of notes of the items.

        GET /api/v3/items/{id}/notes/{uuid}

        Returns the answer's JSON as plain data (documented as ItemNoteUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes_more.item_note_uuid_details", path))

    def invoice_note_uuid_details(self, id: str, uuid: str) -> Any:
        """Reads one record of notes of the invoices.

        GET /api/v2/invoices/{id}/notes/{uuid}

        Returns the answer's JSON as plain data (documented as InvoiceNoteUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes_more.invoice_note_uuid_details", path))

    def payment_note_uuid_details(self, id: str, uuid: str) -> Any:
        """Reads one record of notes of the payments.

        GET /api/v3/payments/{id}/notes/{uuid}

        Returns the answer's JSON as plain data (documented as PaymentNoteUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes_more.payment_note_uuid_details", path))

    def purchase_order_note_uuid_details(self, id: str, uuid: str) -> Any:
        """Reads one record of notes of the purchase orders.

        GET /api/v3/purchase-orders/{id}/notes/{uuid}

        Returns the answer's JSON as plain data (documented as PurchaseOrderNoteUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes_more.purchase_order_note_uuid_details", path))

    def purchase_invoice_note_uuid_details(self, id: str, uuid: str) -> Any:
        """Reads one record of notes of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/notes/{uuid}

        Returns the answer's JSON as plain data (documented as PurchaseInvoiceNoteUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes_more.purchase_invoice_note_uuid_details", path))

    def order_note_uuid_files_details(self, id: str, uuid: str) -> Any:
        """Reads the files of the orders notes.

        GET /api/v3/orders/{id}/notes/{uuid}/files

        Returns the answer's JSON as plain data (documented as OrderNoteUuidFileDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes_more.order_note_uuid_files_details", path))

    def item_note_uuid_files_details(self, id: str, uuid: str) -> Any:
        """Reads the files of the items notes.

        GET /api/v3/items/{id}/notes/{uuid}/files

        Returns the answer's JSON as plain data (documented as ItemNoteUuidFileDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes_more.item_note_uuid_files_details", path))

    def invoice_note_uuid_files_details(self, id: str, uuid: str) -> Any:
        """Reads the files of the invoices notes.

        GET /api/v2/invoices/{id}/notes/{uuid}/files

        Returns the answer's JSON as plain data (documented as InvoiceNoteUuidFileDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes_more.invoice_note_uuid_files_details", path))

    def payment_note_uuid_files_details(self, id: str, uuid: str) -> Any:
        """Reads the files of the payments notes.

        GET /api/v3/payments/{id}/notes/{uuid}/files

        Returns the answer's JSON as plain data (documented as PaymentNoteUuidFileDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes_more.payment_note_uuid_files_details", path))

    def purchase_order_note_uuid_files_details(self, id: str, uuid: str) -> Any:
        """Reads the files of the purchase orders notes.

        GET /api/v3/purchase-orders/{id}/notes/{uuid}/files

        Returns the answer's JSON as plain data (documented as PurchaseOrderUuidFileDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes_more.purchase_order_note_uuid_files_details", path))

    def purchase_invoice_note_uuid_files_details(self, id: str, uuid: str) -> Any:
        """Reads the files of the purchase invoices notes.

        GET /api/v3/purchase-invoices/{id}/notes/{uuid}/files

        Returns the answer's JSON as plain data (documented as PurchaseInvoiceUuidFileDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes_more.purchase_invoice_note_uuid_files_details", path))

    def order_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> Any:
        """Reads one record of files of the orders notes.

        GET /api/v3/orders/{id}/notes/{uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as OrderNoteUuidFileUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return self._run(Call("notes_more.order_note_uuid_files_uuid_details", path))

    def item_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> Any:
        """Reads one record of files of the items notes.

        GET /api/v3/items/{id}/notes/{uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as ItemNoteUuidFileUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return self._run(Call("notes_more.item_note_uuid_files_uuid_details", path))

    def invoice_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> Any:
        """Reads one record of files of the invoices notes.

        GET /api/v2/invoices/{id}/notes/{uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as InvoiceNoteUuidFileUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return self._run(Call("notes_more.invoice_note_uuid_files_uuid_details", path))

    def payment_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> Any:
        """Reads one record of files of the payments notes.

        GET /api/v3/payments/{id}/notes/{uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as PaymentNoteUuidFileUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return self._run(Call("notes_more.payment_note_uuid_files_uuid_details", path))

    def purchase_order_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> Any:
        """Reads one record of files of the purchase orders notes.

        GET /api/v3/purchase-orders/{id}/notes/{uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as PurchaseOrderNoteUuidFileUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return self._run(Call("notes_more.purchase_order_note_uuid_files_uuid_details", path))

    def purchase_invoice_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> Any:
        """Reads one record of files of the purchase invoices notes.

        GET /api/v3/purchase-invoices/{id}/notes/{uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as PurchaseInvoiceNoteUuidFileUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return self._run(Call("notes_more.purchase_invoice_note_uuid_files_uuid_details", path))

    def item_add_notes(self, file_urls: Optional[List[str]] = None, item_id: str = "", datas: str = "") -> Any:
        """Runs notes of the items.

        POST /api/v2/items/{item_id}/notes

        Returns the answer's JSON as plain data (documented as ItemNoteResponseDetailsDTO).
        """
        path = [args.ident("item_id", item_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes_more.item_add_notes", path, parts=parts))

    def invoice_add_notes(self, file_urls: Optional[List[str]] = None, invoice_id: str = "", datas: str = "") -> Any:
        """Runs notes of the invoices.

        POST /api/v2/invoices/{invoice_id}/notes

        Returns the answer's JSON as plain data (documented as InvoiceNoteResponseDetailsDTO).
        """
        path = [args.ident("invoice_id", invoice_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes_more.invoice_add_notes", path, parts=parts))

    def payment_add_notes(self, file_urls: Optional[List[str]] = None, payment_id: str = "", datas: str = "") -> Any:
        """Runs notes of the payments.

        POST /api/v2/payments/{payment_id}/notes

        Returns the answer's JSON as plain data (documented as PaymentNoteResponseDetailsDTO).
        """
        path = [args.ident("payment_id", payment_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes_more.payment_add_notes", path, parts=parts))

    def purchase_order_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        purchase_order_id: str = "",
        datas: str = "",
    ) -> Any:
        """Runs notes of the purchase orders.

        POST /api/v2/purchase-orders/{purchase_order_id}/notes

        Returns the answer's JSON as plain data (documented as PurchaseOrderNoteResponseDetailsDTO).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes_more.purchase_order_add_notes", path, parts=parts))

    def purchase_invoice_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        purchase_invoice_id: str = "",
        datas: str = "",
    ) -> Any:
        """Runs notes of the purchase invoices.

        POST /api/v2/purchase-invoices/{purchase_invoice_id}/notes

        Returns the answer's JSON as plain data (documented as PurchaseInvoiceNoteResponseDetailsDTO).
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes_more.purchase_invoice_add_notes", path, parts=parts))

    def order_add_notes_uuid(self, file_urls: List[str], order_id: str, note_uuid: str) -> Any:
        """Runs files of the orders notes.

        POST /api/v2/orders/{order_id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as OrderNoteResponseDetailsDTO).
        """
        path = [args.ident("order_id", order_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes_more.order_add_notes_uuid", path, parts=parts))

    def item_add_notes_uuid(self, file_urls: List[str], item_id: str, note_uuid: str) -> Any:
        """Runs files of the items notes.

        POST /api/v2/items/{item_id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as ItemNoteResponseDetailsDTO).
        """
        path = [args.ident("item_id", item_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes_more.item_add_notes_uuid", path, parts=parts))

    def invoice_add_notes_uuid(self, file_urls: List[str], invoice_id: str, note_uuid: str) -> Any:
        """Runs files of the invoices notes.

        POST /api/v2/invoices/{invoice_id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as InvoiceNoteResponseDetailsDTO).
        """
        path = [args.ident("invoice_id", invoice_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes_more.invoice_add_notes_uuid", path, parts=parts))

    def payment_add_notes_uuid(self, file_urls: List[str], payment_id: str, note_uuid: str) -> Any:
        """Runs files of the payments notes.

        POST /api/v2/payments/{payment_id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as PaymentNoteResponseDetailsDTO).
        """
        path = [args.ident("payment_id", payment_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes_more.payment_add_notes_uuid", path, parts=parts))

    def purchase_order_add_notes_uuid(self, file_urls: List[str], purchase_order_id: str, note_uuid: str) -> Any:
        """Runs files of the purchase orders notes.

        POST /api/v2/purchase-orders/{purchase_order_id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as PurchaseOrderNoteResponseDetailsDTO).
        """
        path = [args.ident("purchase_order_id", purchase_order_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes_more.purchase_order_add_notes_uuid", path, parts=parts))

    def purchase_invoice_add_notes_uuid(self, file_urls: List[str], purchase_invoice_id: str, note_uuid: str) -> Any:
        """Runs files of the purchase invoices notes.

        POST /api/v2/purchase-invoices/{purchase_invoice_id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as PurchaseInvoiceNoteResponseDetailsDTO).
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes_more.purchase_invoice_add_notes_uuid", path, parts=parts))

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
    ) -> Any:
        """One page of notes.

        GET /api/v3/notes

        Returns the answer's JSON as plain data (documented as NotesListResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("notes_more.list", query=query))

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
    ) -> Any:
        """One page of notes of the accounts.

        GET /api/v3/accounts/notes

        Returns the answer's JSON as plain data (documented as AccountNotesResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("notes_more.accounts_notes", query=query))

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
    ) -> Awaitable[Any]:
        """One page of notes of the orders.

        GET /api/v3/orders/{id}/notes

        Returns the answer's JSON as plain data (documented as OrderNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("notes_more.order_note_details", path, query=query)))

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
    ) -> Awaitable[Any]:
        """One page of notes of the items.

        GET /api/v3/items/{id}/notes

        Returns the answer's JSON as plain data (documented as ItemNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("notes_more.item_note_details", path, query=query)))

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
    ) -> Awaitable[Any]:
        """One page of notes of the invoices.

        GET /api/v2/invoices/{id}/notes

        Returns the answer's JSON as plain data (documented as InvoiceNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("notes_more.invoice_note_details", path, query=query)))

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
    ) -> Awaitable[Any]:
        """One page of notes of the payments.

        GET /api/v3/payments/{id}/notes

        Returns the answer's JSON as plain data (documented as PaymentNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("notes_more.payment_note_details", path, query=query)))

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
    ) -> Awaitable[Any]:
        """One page of notes of the purchase orders.

        GET /api/v3/purchase-orders/{id}/notes

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("notes_more.purchase_order_note_details", path, query=query)))

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
    ) -> Awaitable[Any]:
        """One page of notes of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/notes

        Returns the answer's JSON as plain data (documented as PurchaseInvoiceDetailsDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("notes_more.purchase_invoice_note_details", path, query=query)))

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

    def order_note_uuid_details(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads one record of notes of the orders.

        GET /api/v3/orders/{id}/notes/{uuid}

        Returns the answer's JSON as plain data (documented as OrderNoteUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.order_note_uuid_details", path)))

    def item_note_uuid_details(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads one record of notes of the items.

        GET /api/v3/items/{id}/notes/{uuid}

        Returns the answer's JSON as plain data (documented as ItemNoteUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.item_note_uuid_details", path)))

    def invoice_note_uuid_details(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads one record of notes of the invoices.

        GET /api/v2/invoices/{id}/notes/{uuid}

        Returns the answer's JSON as plain data (documented as InvoiceNoteUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.invoice_note_uuid_details", path)))

    def payment_note_uuid_details(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads one record of notes of the payments.

        GET /api/v3/payments/{id}/notes/{uuid}

        Returns the answer's JSON as plain data (documented as PaymentNoteUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.payment_note_uuid_details", path)))

    def purchase_order_note_uuid_details(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads one record of notes of the purchase orders.

        GET /api/v3/purchase-orders/{id}/notes/{uuid}

        Returns the answer's JSON as plain data (documented as PurchaseOrderNoteUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.purchase_order_note_uuid_details", path)))

    def purchase_invoice_note_uuid_details(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads one record of notes of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/notes/{uuid}

        Returns the answer's JSON as plain data (documented as PurchaseInvoiceNoteUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.purchase_invoice_note_uuid_details", path)))

    def order_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads the files of the orders notes.

        GET /api/v3/orders/{id}/notes/{uuid}/files

        Returns the answer's JSON as plain data (documented as OrderNoteUuidFileDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.order_note_uuid_files_details", path)))

    def item_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads the files of the items notes.

        GET /api/v3/items/{id}/notes/{uuid}/files

        Returns the answer's JSON as plain data (documented as ItemNoteUuidFileDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.item_note_uuid_files_details", path)))

    def invoice_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads the files of the invoices notes.

        GET /api/v2/invoices/{id}/notes/{uuid}/files

        Returns the answer's JSON as plain data (documented as InvoiceNoteUuidFileDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.invoice_note_uuid_files_details", path)))

    def payment_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads the files of the payments notes.

        GET /api/v3/payments/{id}/notes/{uuid}/files

        Returns the answer's JSON as plain data (documented as PaymentNoteUuidFileDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.payment_note_uuid_files_details", path)))

    def purchase_order_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads the files of the purchase orders notes.

        GET /api/v3/purchase-orders/{id}/notes/{uuid}/files

        Returns the answer's JSON as plain data (documented as PurchaseOrderUuidFileDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.purchase_order_note_uuid_files_details", path)))

    def purchase_invoice_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads the files of the purchase invoices notes.

        GET /api/v3/purchase-invoices/{id}/notes/{uuid}/files

        Returns the answer's JSON as plain data (documented as PurchaseInvoiceUuidFileDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.purchase_invoice_note_uuid_files_details", path)))

    def order_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> Awaitable[Any]:
        """Reads one record of files of the orders notes.

        GET /api/v3/orders/{id}/notes/{uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as OrderNoteUuidFileUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.order_note_uuid_files_uuid_details", path)))

    def item_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> Awaitable[Any]:
        """Reads one record of files of the items notes.

        GET /api/v3/items/{id}/notes/{uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as ItemNoteUuidFileUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.item_note_uuid_files_uuid_details", path)))

    def invoice_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> Awaitable[Any]:
        """Reads one record of files of the invoices notes.

        GET /api/v2/invoices/{id}/notes/{uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as InvoiceNoteUuidFileUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.invoice_note_uuid_files_uuid_details", path)))

    def payment_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> Awaitable[Any]:
        """Reads one record of files of the payments notes.

        GET /api/v3/payments/{id}/notes/{uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as PaymentNoteUuidFileUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.payment_note_uuid_files_uuid_details", path)))

    def purchase_order_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> Awaitable[Any]:
        """Reads one record of files of the purchase orders notes.

        GET /api/v3/purchase-orders/{id}/notes/{uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as PurchaseOrderNoteUuidFileUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.purchase_order_note_uuid_files_uuid_details", path)))

    def purchase_invoice_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> Awaitable[Any]:
        """Reads one record of files of the purchase invoices notes.

        GET /api/v3/purchase-invoices/{id}/notes/{uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as PurchaseInvoiceNoteUuidFileUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.purchase_invoice_note_uuid_files_uuid_details", path)))

    def item_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        item_id: str = "",
        datas: str = "",
    ) -> Awaitable[Any]:
        """Runs notes of the items.

        POST /api/v2/items/{item_id}/notes

        Returns the answer's JSON as plain data (documented as ItemNoteResponseDetailsDTO).
        """
        path = [args.ident("item_id", item_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.item_add_notes", path, parts=parts)))

    def invoice_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        invoice_id: str = "",
        datas: str = "",
    ) -> Awaitable[Any]:
        """Runs notes of the invoices.

        POST /api/v2/invoices/{invoice_id}/notes

        Returns the answer's JSON as plain data (documented as InvoiceNoteResponseDetailsDTO).
        """
        path = [args.ident("invoice_id", invoice_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.invoice_add_notes", path, parts=parts)))

    def payment_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        payment_id: str = "",
        datas: str = "",
    ) -> Awaitable[Any]:
        """Runs notes of the payments.

        POST /api/v2/payments/{payment_id}/notes

        Returns the answer's JSON as plain data (documented as PaymentNoteResponseDetailsDTO).
        """
        path = [args.ident("payment_id", payment_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.payment_add_notes", path, parts=parts)))

    def purchase_order_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        purchase_order_id: str = "",
        datas: str = "",
    ) -> Awaitable[Any]:
        """Runs notes of the purchase orders.

        POST /api/v2/purchase-orders/{purchase_order_id}/notes

        Returns the answer's JSON as plain data (documented as PurchaseOrderNoteResponseDetailsDTO).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.purchase_order_add_notes", path, parts=parts)))

    def purchase_invoice_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        purchase_invoice_id: str = "",
        datas: str = "",
    ) -> Awaitable[Any]:
        """Runs notes of the purchase invoices.

        POST /api/v2/purchase-invoices/{purchase_invoice_id}/notes

        Returns the answer's JSON as plain data (documented as PurchaseInvoiceNoteResponseDetailsDTO).
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.purchase_invoice_add_notes", path, parts=parts)))

    def order_add_notes_uuid(self, file_urls: List[str], order_id: str, note_uuid: str) -> Awaitable[Any]:
        """Runs files of the orders notes.

        POST /api/v2/orders/{order_id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as OrderNoteResponseDetailsDTO).
        """
        path = [args.ident("order_id", order_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.order_add_notes_uuid", path, parts=parts)))

    def item_add_notes_uuid(self, file_urls: List[str], item_id: str, note_uuid: str) -> Awaitable[Any]:
        """Runs files of the items notes.

        POST /api/v2/items/{item_id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as ItemNoteResponseDetailsDTO).
        """
        path = [args.ident("item_id", item_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.item_add_notes_uuid", path, parts=parts)))

    def invoice_add_notes_uuid(self, file_urls: List[str], invoice_id: str, note_uuid: str) -> Awaitable[Any]:
        """Runs files of the invoices notes.

        POST /api/v2/invoices/{invoice_id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as InvoiceNoteResponseDetailsDTO).
        """
        path = [args.ident("invoice_id", invoice_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.invoice_add_notes_uuid", path, parts=parts)))

    def payment_add_notes_uuid(self, file_urls: List[str], payment_id: str, note_uuid: str) -> Awaitable[Any]:
        """Runs files of the payments notes.

        POST /api/v2/payments/{payment_id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as PaymentNoteResponseDetailsDTO).
        """
        path = [args.ident("payment_id", payment_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.payment_add_notes_uuid", path, parts=parts)))

    def purchase_order_add_notes_uuid(
        self,
        file_urls: List[str],
        purchase_order_id: str,
        note_uuid: str,
    ) -> Awaitable[Any]:
        """Runs files of the purchase orders notes.

        POST /api/v2/purchase-orders/{purchase_order_id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as PurchaseOrderNoteResponseDetailsDTO).
        """
        path = [args.ident("purchase_order_id", purchase_order_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.purchase_order_add_notes_uuid", path, parts=parts)))

    def purchase_invoice_add_notes_uuid(
        self,
        file_urls: List[str],
        purchase_invoice_id: str,
        note_uuid: str,
    ) -> Awaitable[Any]:
        """Runs files of the purchase invoices notes.

        POST /api/v2/purchase-invoices/{purchase_invoice_id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as PurchaseInvoiceNoteResponseDetailsDTO).
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[Any]", self._run(Call("notes_more.purchase_invoice_add_notes_uuid", path, parts=parts)))

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
    ) -> Awaitable[Any]:
        """One page of notes.

        GET /api/v3/notes

        Returns the answer's JSON as plain data (documented as NotesListResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("notes_more.list", query=query)))

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
    ) -> Awaitable[Any]:
        """One page of notes of the accounts.

        GET /api/v3/accounts/notes

        Returns the answer's JSON as plain data (documented as AccountNotesResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("notes_more.accounts_notes", query=query)))

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
