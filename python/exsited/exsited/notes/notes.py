# generated from api/ — do not edit; run `make generate`
"""``sdk.notes``: the account note operations of the documented SDK's notes resource."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, List, Optional, Tuple, Union, cast

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

if TYPE_CHECKING:
    from exsited.exsited.notes.notes_raw import AsyncNotesRaw, NotesRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Notes(Resource):
    """``sdk.notes``: the account note operations of the documented SDK's notes resource."""

    @property
    def with_raw_response(self) -> "NotesRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.notes.notes_raw import NotesRaw

        return NotesRaw(self._raw_copy())

    def account_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> AccountNoteDetailsDTO:
        """Lists the notes of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/accounts/{id}/notes``

        Returns:
            AccountNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
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

        ``account_id`` fills ``{id}``.

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing(Call("notes.list", path, query), limit, offset, NoteDataDTO)))

    def note_uuid_details(self, id: str, uuid: str) -> AccountNoteUuidDetailsDTO:
        """Reads a note of an account.

        HTTP: ``GET /api/v3/accounts/{id}/notes/{uuid}``

        Returns:
            AccountNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("AccountNoteUuidDetailsDTO", self._run(Call("notes.details", path, answer=AccountNoteUuidDetailsDTO)))

    def add_notes(
        self,
        file_urls: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> AccountNoteResponseDetailsDTO:
        """Adds a note to an account.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8);
        ``account_id`` fills ``{id}``; ``datas`` is sent as the ``note`` part.

        HTTP: ``POST /api/v3/accounts/{id}/notes`` (multipart body)

        Returns:
            AccountNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("AccountNoteResponseDetailsDTO", self._run(Call("notes.add", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def delete_note_uuid_details(self, id: str, uuid: str) -> DeleteResult:
        """Deletes a note of an account.

        HTTP: ``DELETE /api/v3/accounts/{id}/notes/{uuid}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("DeleteResult", self._run(Call("notes.delete", path)))

    def note_uuid_files_details(self, id: str, uuid: str) -> AccountNoteUuidFileDetailsDTO:
        """Reads the files of a note of an account.

        HTTP: ``GET /api/v3/accounts/{id}/notes/{uuid}/files``

        Returns:
            AccountNoteUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("AccountNoteUuidFileDetailsDTO", self._run(Call("notes.files", path, answer=AccountNoteUuidFileDetailsDTO)))

    def note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> AccountNoteUuidFileUuidDetailsDTO:
        """Reads a file of a note of an account.

        HTTP: ``GET /api/v3/accounts/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            AccountNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("AccountNoteUuidFileUuidDetailsDTO", self._run(Call("notes.file_details", path, answer=AccountNoteUuidFileUuidDetailsDTO)))

    def add_notes_uuid(self, file_urls: FileArg, account_id: str, note_uuid: str) -> AccountNoteResponseDetailsDTO:
        """Adds a file to a note of an account.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8);
        ``account_id`` fills ``{id}``; ``note_uuid`` fills ``{uuid}``.

        HTTP: ``POST /api/v3/accounts/{id}/notes/{uuid}/files`` (multipart body)

        Returns:
            AccountNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("AccountNoteResponseDetailsDTO", self._run(Call("notes.add_files", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def note_details(self, uuid: str) -> NoteDataDTO:
        """Reads a note.

        HTTP: ``GET /api/v3/notes/{uuid}``

        Returns:
            NoteDataDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the notes of an order, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/orders/{id}/notes``

        Returns:
            OrderNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note of an order that ``order_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/orders/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.order_note_details", path, query), limit, offset, NoteDataDTO)))

    def item_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> ItemNoteDetailsDTO:
        """Lists the notes of an item, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/items/{id}/notes``

        Returns:
            ItemNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note of an item that ``item_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/items/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.item_note_details", path, query), limit, offset, NoteDataDTO)))

    def invoice_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> InvoiceNoteDetailsDTO:
        """Lists the notes of an invoice, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/invoices/{id}/notes``

        Returns:
            InvoiceNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note of an invoice that ``invoice_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/invoices/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.invoice_note_details", path, query), limit, offset, NoteDataDTO)))

    def payment_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> PaymentNoteDetailsDTO:
        """Lists the notes of a payment, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/payments/{id}/notes``

        Returns:
            PaymentNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note of a payment that ``payment_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/payments/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.payment_note_details", path, query), limit, offset, NoteDataDTO)))

    def purchase_order_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> notes_dto_PurchaseOrderDetailsDTO:
        """Lists the notes of a purchase order, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-orders/{id}/notes``

        Returns:
            notes_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note of a purchase order that ``purchase_order_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-orders/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.purchase_order_note_details", path, query), limit, offset, NoteDataDTO)))

    def purchase_invoice_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> PurchaseInvoiceDetailsDTO:
        """Lists the notes of a purchase invoice, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/notes``

        Returns:
            PurchaseInvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note of a purchase invoice that ``purchase_invoice_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.purchase_invoice_note_details", path, query), limit, offset, NoteDataDTO)))

    def order_note_uuid_details(self, id: str, uuid: str) -> OrderNoteUuidDetailsDTO:
        """Reads a note of an order.

        HTTP: ``GET /api/v3/orders/{id}/notes/{uuid}``

        Returns:
            OrderNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("OrderNoteUuidDetailsDTO", self._run(Call("notes_more.order_note_uuid_details", path, answer=OrderNoteUuidDetailsDTO)))

    def item_note_uuid_details(self, id: str, uuid: str) -> ItemNoteUuidDetailsDTO:
        """Reads a note of an item.

        HTTP: ``GET /api/v3/items/{id}/notes/{uuid}``

        Returns:
            ItemNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("ItemNoteUuidDetailsDTO", self._run(Call("notes_more.item_note_uuid_details", path, answer=ItemNoteUuidDetailsDTO)))

    def invoice_note_uuid_details(self, id: str, uuid: str) -> InvoiceNoteUuidDetailsDTO:
        """Reads a note of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/notes/{uuid}``

        Returns:
            InvoiceNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("InvoiceNoteUuidDetailsDTO", self._run(Call("notes_more.invoice_note_uuid_details", path, answer=InvoiceNoteUuidDetailsDTO)))

    def payment_note_uuid_details(self, id: str, uuid: str) -> PaymentNoteUuidDetailsDTO:
        """Reads a note of a payment.

        HTTP: ``GET /api/v3/payments/{id}/notes/{uuid}``

        Returns:
            PaymentNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PaymentNoteUuidDetailsDTO", self._run(Call("notes_more.payment_note_uuid_details", path, answer=PaymentNoteUuidDetailsDTO)))

    def purchase_order_note_uuid_details(self, id: str, uuid: str) -> PurchaseOrderNoteUuidDetailsDTO:
        """Reads a note of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/notes/{uuid}``

        Returns:
            PurchaseOrderNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PurchaseOrderNoteUuidDetailsDTO", self._run(Call("notes_more.purchase_order_note_uuid_details", path, answer=PurchaseOrderNoteUuidDetailsDTO)))

    def purchase_invoice_note_uuid_details(self, id: str, uuid: str) -> PurchaseInvoiceNoteUuidDetailsDTO:
        """Reads a note of a purchase invoice.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/notes/{uuid}``

        Returns:
            PurchaseInvoiceNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PurchaseInvoiceNoteUuidDetailsDTO", self._run(Call("notes_more.purchase_invoice_note_uuid_details", path, answer=PurchaseInvoiceNoteUuidDetailsDTO)))

    def order_note_uuid_files_details(self, id: str, uuid: str) -> OrderNoteUuidFileDetailsDTO:
        """Reads the files of a note of an order.

        HTTP: ``GET /api/v3/orders/{id}/notes/{uuid}/files``

        Returns:
            OrderNoteUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("OrderNoteUuidFileDetailsDTO", self._run(Call("notes_more.order_note_uuid_files_details", path, answer=OrderNoteUuidFileDetailsDTO)))

    def item_note_uuid_files_details(self, id: str, uuid: str) -> ItemNoteUuidFileDetailsDTO:
        """Reads the files of a note of an item.

        HTTP: ``GET /api/v3/items/{id}/notes/{uuid}/files``

        Returns:
            ItemNoteUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("ItemNoteUuidFileDetailsDTO", self._run(Call("notes_more.item_note_uuid_files_details", path, answer=ItemNoteUuidFileDetailsDTO)))

    def invoice_note_uuid_files_details(self, id: str, uuid: str) -> InvoiceNoteUuidFileDetailsDTO:
        """Reads the files of a note of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/notes/{uuid}/files``

        Returns:
            InvoiceNoteUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("InvoiceNoteUuidFileDetailsDTO", self._run(Call("notes_more.invoice_note_uuid_files_details", path, answer=InvoiceNoteUuidFileDetailsDTO)))

    def payment_note_uuid_files_details(self, id: str, uuid: str) -> PaymentNoteUuidFileDetailsDTO:
        """Reads the files of a note of a payment.

        HTTP: ``GET /api/v3/payments/{id}/notes/{uuid}/files``

        Returns:
            PaymentNoteUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PaymentNoteUuidFileDetailsDTO", self._run(Call("notes_more.payment_note_uuid_files_details", path, answer=PaymentNoteUuidFileDetailsDTO)))

    def purchase_order_note_uuid_files_details(self, id: str, uuid: str) -> PurchaseOrderUuidFileDetailsDTO:
        """Reads the files of a note of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/notes/{uuid}/files``

        Returns:
            PurchaseOrderUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PurchaseOrderUuidFileDetailsDTO", self._run(Call("notes_more.purchase_order_note_uuid_files_details", path, answer=PurchaseOrderUuidFileDetailsDTO)))

    def purchase_invoice_note_uuid_files_details(self, id: str, uuid: str) -> PurchaseInvoiceUuidFileDetailsDTO:
        """Reads the files of a note of a purchase invoice.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/notes/{uuid}/files``

        Returns:
            PurchaseInvoiceUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PurchaseInvoiceUuidFileDetailsDTO", self._run(Call("notes_more.purchase_invoice_note_uuid_files_details", path, answer=PurchaseInvoiceUuidFileDetailsDTO)))

    def order_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> OrderNoteUuidFileUuidDetailsDTO:
        """Reads a file of a note of an order.

        HTTP: ``GET /api/v3/orders/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            OrderNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("OrderNoteUuidFileUuidDetailsDTO", self._run(Call("notes_more.order_note_uuid_files_uuid_details", path, answer=OrderNoteUuidFileUuidDetailsDTO)))

    def item_note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> ItemNoteUuidFileUuidDetailsDTO:
        """Reads a file of a note of an item.

        HTTP: ``GET /api/v3/items/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            ItemNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("ItemNoteUuidFileUuidDetailsDTO", self._run(Call("notes_more.item_note_uuid_files_uuid_details", path, answer=ItemNoteUuidFileUuidDetailsDTO)))

    def invoice_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> InvoiceNoteUuidFileUuidDetailsDTO:
        """Reads a file of a note of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            InvoiceNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("InvoiceNoteUuidFileUuidDetailsDTO", self._run(Call("notes_more.invoice_note_uuid_files_uuid_details", path, answer=InvoiceNoteUuidFileUuidDetailsDTO)))

    def payment_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> PaymentNoteUuidFileUuidDetailsDTO:
        """Reads a file of a note of a payment.

        HTTP: ``GET /api/v3/payments/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            PaymentNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("PaymentNoteUuidFileUuidDetailsDTO", self._run(Call("notes_more.payment_note_uuid_files_uuid_details", path, answer=PaymentNoteUuidFileUuidDetailsDTO)))

    def purchase_order_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> PurchaseOrderNoteUuidFileUuidDetailsDTO:
        """Reads a file of a note of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            PurchaseOrderNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("PurchaseOrderNoteUuidFileUuidDetailsDTO", self._run(Call("notes_more.purchase_order_note_uuid_files_uuid_details", path, answer=PurchaseOrderNoteUuidFileUuidDetailsDTO)))

    def purchase_invoice_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> PurchaseInvoiceNoteUuidFileUuidDetailsDTO:
        """Reads a file of a note of a purchase invoice.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            PurchaseInvoiceNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("PurchaseInvoiceNoteUuidFileUuidDetailsDTO", self._run(Call("notes_more.purchase_invoice_note_uuid_files_uuid_details", path, answer=PurchaseInvoiceNoteUuidFileUuidDetailsDTO)))

    def order_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        order_id: str = "",
        datas: str = "",
    ) -> OrderNoteResponseDetailsDTO:
        """Adds a note to an order.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8); ``datas`` is
        sent as the ``note`` part.

        HTTP: ``POST /api/v2/orders/{order_id}/notes`` (multipart body)

        Returns:
            OrderNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("OrderNoteResponseDetailsDTO", self._run(Call("notes_more.order_add_notes", path, parts=parts, answer=OrderNoteResponseDetailsDTO)))

    def item_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        item_id: str = "",
        datas: str = "",
    ) -> ItemNoteResponseDetailsDTO:
        """Adds a note to an item.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8); ``datas`` is
        sent as the ``note`` part.

        HTTP: ``POST /api/v2/items/{item_id}/notes`` (multipart body)

        Returns:
            ItemNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a note to an invoice.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8); ``datas`` is
        sent as the ``note`` part.

        HTTP: ``POST /api/v2/invoices/{invoice_id}/notes`` (multipart body)

        Returns:
            InvoiceNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a note to a payment.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8); ``datas`` is
        sent as the ``note`` part.

        HTTP: ``POST /api/v2/payments/{payment_id}/notes`` (multipart body)

        Returns:
            PaymentNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a note to a purchase order.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8); ``datas`` is
        sent as the ``note`` part.

        HTTP: ``POST /api/v2/purchase-orders/{purchase_order_id}/notes`` (multipart body)

        Returns:
            PurchaseOrderNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a note to a purchase invoice.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8); ``datas`` is
        sent as the ``note`` part.

        HTTP: ``POST /api/v2/purchase-invoices/{purchase_invoice_id}/notes`` (multipart body)

        Returns:
            PurchaseInvoiceNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("PurchaseInvoiceNoteResponseDetailsDTO", self._run(Call("notes_more.purchase_invoice_add_notes", path, parts=parts, answer=PurchaseInvoiceNoteResponseDetailsDTO)))

    def order_add_notes_uuid(self, file_urls: List[str], order_id: str, note_uuid: str) -> OrderNoteResponseDetailsDTO:
        """Adds a file to a note of an order.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8).

        HTTP: ``POST /api/v2/orders/{order_id}/notes/{note_uuid}/files`` (multipart body)

        Returns:
            OrderNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("OrderNoteResponseDetailsDTO", self._run(Call("notes_more.order_add_notes_uuid", path, parts=parts, answer=OrderNoteResponseDetailsDTO)))

    def item_add_notes_uuid(self, file_urls: List[str], item_id: str, note_uuid: str) -> ItemNoteResponseDetailsDTO:
        """Adds a file to a note of an item.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8).

        HTTP: ``POST /api/v2/items/{item_id}/notes/{note_uuid}/files`` (multipart body)

        Returns:
            ItemNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a file to a note of an invoice.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8).

        HTTP: ``POST /api/v2/invoices/{invoice_id}/notes/{note_uuid}/files`` (multipart body)

        Returns:
            InvoiceNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a file to a note of a payment.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8).

        HTTP: ``POST /api/v2/payments/{payment_id}/notes/{note_uuid}/files`` (multipart body)

        Returns:
            PaymentNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a file to a note of a purchase order.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8).

        HTTP: ``POST /api/v2/purchase-orders/{purchase_order_id}/notes/{note_uuid}/files`` (multipart body)

        Returns:
            PurchaseOrderNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a file to a note of a purchase invoice.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8).

        HTTP: ``POST /api/v2/purchase-invoices/{purchase_invoice_id}/notes/{note_uuid}/files`` (multipart body)

        Returns:
            PurchaseInvoiceNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
    ) -> Dict[str, Any]:
        """Lists the external in the notes of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{component_uuid}/{order_id}/notes/external``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Dict[str, Any]", self._run(Call("notes_more.component_note_external", path, query=query)))

    def component_note_external_iter_all(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every external in the notes of a component that ``component_note_external`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{component_uuid}/{order_id}/notes/external``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("notes_more.component_note_external", path, query), limit, offset, None)))

    def component_add_notes(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Adds a note to a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/component/{component_uuid}/{order_id}/notes`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
        """Lists the notes, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/notes``

        Returns:
            NotesListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.list", [], query), limit, offset, NoteDataDTO)))

    def note_attachment(self, uuid: str) -> Dict[str, Any]:
        """Reads a note attachment.

        HTTP: ``GET /api/v3/note_attachment/{uuid}``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Dict[str, Any]", self._run(Call("notes_more.note_attachment", path)))

    def accounts_notes(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> AccountNotesResponseDTO:
        """Lists the notes in the accounts, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/accounts/notes``

        Returns:
            AccountNotesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note in the accounts that ``accounts_notes`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.accounts_notes", [], query), limit, offset, NoteDataDTO)))


class AsyncNotes(Resource):
    """``sdk.notes``: the account note operations of the documented SDK's notes resource. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncNotesRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.notes.notes_raw import AsyncNotesRaw

        return AsyncNotesRaw(self._raw_copy())

    def account_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AccountNoteDetailsDTO]:
        """Lists the notes of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/accounts/{id}/notes``

        Returns:
            Awaitable of AccountNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
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

        ``account_id`` fills ``{id}``.

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing(Call("notes.list", path, query), limit, offset, NoteDataDTO)))

    def note_uuid_details(self, id: str, uuid: str) -> Awaitable[AccountNoteUuidDetailsDTO]:
        """Reads a note of an account.

        HTTP: ``GET /api/v3/accounts/{id}/notes/{uuid}``

        Returns:
            Awaitable of AccountNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[AccountNoteUuidDetailsDTO]", self._run(Call("notes.details", path, answer=AccountNoteUuidDetailsDTO)))

    def add_notes(
        self,
        file_urls: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> Awaitable[AccountNoteResponseDetailsDTO]:
        """Adds a note to an account.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8);
        ``account_id`` fills ``{id}``; ``datas`` is sent as the ``note`` part.

        HTTP: ``POST /api/v3/accounts/{id}/notes`` (multipart body)

        Returns:
            Awaitable of AccountNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[AccountNoteResponseDetailsDTO]", self._run(Call("notes.add", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def delete_note_uuid_details(self, id: str, uuid: str) -> Awaitable[DeleteResult]:
        """Deletes a note of an account.

        HTTP: ``DELETE /api/v3/accounts/{id}/notes/{uuid}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("notes.delete", path)))

    def note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[AccountNoteUuidFileDetailsDTO]:
        """Reads the files of a note of an account.

        HTTP: ``GET /api/v3/accounts/{id}/notes/{uuid}/files``

        Returns:
            Awaitable of AccountNoteUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[AccountNoteUuidFileDetailsDTO]", self._run(Call("notes.files", path, answer=AccountNoteUuidFileDetailsDTO)))

    def note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[AccountNoteUuidFileUuidDetailsDTO]:
        """Reads a file of a note of an account.

        HTTP: ``GET /api/v3/accounts/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            Awaitable of AccountNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[AccountNoteUuidFileUuidDetailsDTO]", self._run(Call("notes.file_details", path, answer=AccountNoteUuidFileUuidDetailsDTO)))

    def add_notes_uuid(
        self,
        file_urls: FileArg,
        account_id: str,
        note_uuid: str,
    ) -> Awaitable[AccountNoteResponseDetailsDTO]:
        """Adds a file to a note of an account.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8);
        ``account_id`` fills ``{id}``; ``note_uuid`` fills ``{uuid}``.

        HTTP: ``POST /api/v3/accounts/{id}/notes/{uuid}/files`` (multipart body)

        Returns:
            Awaitable of AccountNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[AccountNoteResponseDetailsDTO]", self._run(Call("notes.add_files", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def note_details(self, uuid: str) -> Awaitable[NoteDataDTO]:
        """Reads a note.

        HTTP: ``GET /api/v3/notes/{uuid}``

        Returns:
            Awaitable of NoteDataDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the notes of an order, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/orders/{id}/notes``

        Returns:
            Awaitable of OrderNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note of an order that ``order_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/orders/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.order_note_details", path, query), limit, offset, NoteDataDTO)))

    def item_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ItemNoteDetailsDTO]:
        """Lists the notes of an item, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/items/{id}/notes``

        Returns:
            Awaitable of ItemNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note of an item that ``item_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/items/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.item_note_details", path, query), limit, offset, NoteDataDTO)))

    def invoice_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[InvoiceNoteDetailsDTO]:
        """Lists the notes of an invoice, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/invoices/{id}/notes``

        Returns:
            Awaitable of InvoiceNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note of an invoice that ``invoice_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/invoices/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.invoice_note_details", path, query), limit, offset, NoteDataDTO)))

    def payment_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PaymentNoteDetailsDTO]:
        """Lists the notes of a payment, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/payments/{id}/notes``

        Returns:
            Awaitable of PaymentNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note of a payment that ``payment_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/payments/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.payment_note_details", path, query), limit, offset, NoteDataDTO)))

    def purchase_order_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[notes_dto_PurchaseOrderDetailsDTO]:
        """Lists the notes of a purchase order, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-orders/{id}/notes``

        Returns:
            Awaitable of notes_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note of a purchase order that ``purchase_order_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-orders/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.purchase_order_note_details", path, query), limit, offset, NoteDataDTO)))

    def purchase_invoice_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchaseInvoiceDetailsDTO]:
        """Lists the notes of a purchase invoice, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/notes``

        Returns:
            Awaitable of PurchaseInvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note of a purchase invoice that ``purchase_invoice_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.purchase_invoice_note_details", path, query), limit, offset, NoteDataDTO)))

    def order_note_uuid_details(self, id: str, uuid: str) -> Awaitable[OrderNoteUuidDetailsDTO]:
        """Reads a note of an order.

        HTTP: ``GET /api/v3/orders/{id}/notes/{uuid}``

        Returns:
            Awaitable of OrderNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[OrderNoteUuidDetailsDTO]", self._run(Call("notes_more.order_note_uuid_details", path, answer=OrderNoteUuidDetailsDTO)))

    def item_note_uuid_details(self, id: str, uuid: str) -> Awaitable[ItemNoteUuidDetailsDTO]:
        """Reads a note of an item.

        HTTP: ``GET /api/v3/items/{id}/notes/{uuid}``

        Returns:
            Awaitable of ItemNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[ItemNoteUuidDetailsDTO]", self._run(Call("notes_more.item_note_uuid_details", path, answer=ItemNoteUuidDetailsDTO)))

    def invoice_note_uuid_details(self, id: str, uuid: str) -> Awaitable[InvoiceNoteUuidDetailsDTO]:
        """Reads a note of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/notes/{uuid}``

        Returns:
            Awaitable of InvoiceNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[InvoiceNoteUuidDetailsDTO]", self._run(Call("notes_more.invoice_note_uuid_details", path, answer=InvoiceNoteUuidDetailsDTO)))

    def payment_note_uuid_details(self, id: str, uuid: str) -> Awaitable[PaymentNoteUuidDetailsDTO]:
        """Reads a note of a payment.

        HTTP: ``GET /api/v3/payments/{id}/notes/{uuid}``

        Returns:
            Awaitable of PaymentNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PaymentNoteUuidDetailsDTO]", self._run(Call("notes_more.payment_note_uuid_details", path, answer=PaymentNoteUuidDetailsDTO)))

    def purchase_order_note_uuid_details(self, id: str, uuid: str) -> Awaitable[PurchaseOrderNoteUuidDetailsDTO]:
        """Reads a note of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/notes/{uuid}``

        Returns:
            Awaitable of PurchaseOrderNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PurchaseOrderNoteUuidDetailsDTO]", self._run(Call("notes_more.purchase_order_note_uuid_details", path, answer=PurchaseOrderNoteUuidDetailsDTO)))

    def purchase_invoice_note_uuid_details(self, id: str, uuid: str) -> Awaitable[PurchaseInvoiceNoteUuidDetailsDTO]:
        """Reads a note of a purchase invoice.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/notes/{uuid}``

        Returns:
            Awaitable of PurchaseInvoiceNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PurchaseInvoiceNoteUuidDetailsDTO]", self._run(Call("notes_more.purchase_invoice_note_uuid_details", path, answer=PurchaseInvoiceNoteUuidDetailsDTO)))

    def order_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[OrderNoteUuidFileDetailsDTO]:
        """Reads the files of a note of an order.

        HTTP: ``GET /api/v3/orders/{id}/notes/{uuid}/files``

        Returns:
            Awaitable of OrderNoteUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[OrderNoteUuidFileDetailsDTO]", self._run(Call("notes_more.order_note_uuid_files_details", path, answer=OrderNoteUuidFileDetailsDTO)))

    def item_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[ItemNoteUuidFileDetailsDTO]:
        """Reads the files of a note of an item.

        HTTP: ``GET /api/v3/items/{id}/notes/{uuid}/files``

        Returns:
            Awaitable of ItemNoteUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[ItemNoteUuidFileDetailsDTO]", self._run(Call("notes_more.item_note_uuid_files_details", path, answer=ItemNoteUuidFileDetailsDTO)))

    def invoice_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[InvoiceNoteUuidFileDetailsDTO]:
        """Reads the files of a note of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/notes/{uuid}/files``

        Returns:
            Awaitable of InvoiceNoteUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[InvoiceNoteUuidFileDetailsDTO]", self._run(Call("notes_more.invoice_note_uuid_files_details", path, answer=InvoiceNoteUuidFileDetailsDTO)))

    def payment_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[PaymentNoteUuidFileDetailsDTO]:
        """Reads the files of a note of a payment.

        HTTP: ``GET /api/v3/payments/{id}/notes/{uuid}/files``

        Returns:
            Awaitable of PaymentNoteUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PaymentNoteUuidFileDetailsDTO]", self._run(Call("notes_more.payment_note_uuid_files_details", path, answer=PaymentNoteUuidFileDetailsDTO)))

    def purchase_order_note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[PurchaseOrderUuidFileDetailsDTO]:
        """Reads the files of a note of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/notes/{uuid}/files``

        Returns:
            Awaitable of PurchaseOrderUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PurchaseOrderUuidFileDetailsDTO]", self._run(Call("notes_more.purchase_order_note_uuid_files_details", path, answer=PurchaseOrderUuidFileDetailsDTO)))

    def purchase_invoice_note_uuid_files_details(
        self,
        id: str,
        uuid: str,
    ) -> Awaitable[PurchaseInvoiceUuidFileDetailsDTO]:
        """Reads the files of a note of a purchase invoice.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/notes/{uuid}/files``

        Returns:
            Awaitable of PurchaseInvoiceUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PurchaseInvoiceUuidFileDetailsDTO]", self._run(Call("notes_more.purchase_invoice_note_uuid_files_details", path, answer=PurchaseInvoiceUuidFileDetailsDTO)))

    def order_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[OrderNoteUuidFileUuidDetailsDTO]:
        """Reads a file of a note of an order.

        HTTP: ``GET /api/v3/orders/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            Awaitable of OrderNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[OrderNoteUuidFileUuidDetailsDTO]", self._run(Call("notes_more.order_note_uuid_files_uuid_details", path, answer=OrderNoteUuidFileUuidDetailsDTO)))

    def item_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[ItemNoteUuidFileUuidDetailsDTO]:
        """Reads a file of a note of an item.

        HTTP: ``GET /api/v3/items/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            Awaitable of ItemNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[ItemNoteUuidFileUuidDetailsDTO]", self._run(Call("notes_more.item_note_uuid_files_uuid_details", path, answer=ItemNoteUuidFileUuidDetailsDTO)))

    def invoice_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[InvoiceNoteUuidFileUuidDetailsDTO]:
        """Reads a file of a note of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            Awaitable of InvoiceNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[InvoiceNoteUuidFileUuidDetailsDTO]", self._run(Call("notes_more.invoice_note_uuid_files_uuid_details", path, answer=InvoiceNoteUuidFileUuidDetailsDTO)))

    def payment_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[PaymentNoteUuidFileUuidDetailsDTO]:
        """Reads a file of a note of a payment.

        HTTP: ``GET /api/v3/payments/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            Awaitable of PaymentNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[PaymentNoteUuidFileUuidDetailsDTO]", self._run(Call("notes_more.payment_note_uuid_files_uuid_details", path, answer=PaymentNoteUuidFileUuidDetailsDTO)))

    def purchase_order_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[PurchaseOrderNoteUuidFileUuidDetailsDTO]:
        """Reads a file of a note of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            Awaitable of PurchaseOrderNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[PurchaseOrderNoteUuidFileUuidDetailsDTO]", self._run(Call("notes_more.purchase_order_note_uuid_files_uuid_details", path, answer=PurchaseOrderNoteUuidFileUuidDetailsDTO)))

    def purchase_invoice_note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[PurchaseInvoiceNoteUuidFileUuidDetailsDTO]:
        """Reads a file of a note of a purchase invoice.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            Awaitable of PurchaseInvoiceNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[PurchaseInvoiceNoteUuidFileUuidDetailsDTO]", self._run(Call("notes_more.purchase_invoice_note_uuid_files_uuid_details", path, answer=PurchaseInvoiceNoteUuidFileUuidDetailsDTO)))

    def order_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        order_id: str = "",
        datas: str = "",
    ) -> Awaitable[OrderNoteResponseDetailsDTO]:
        """Adds a note to an order.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8); ``datas`` is
        sent as the ``note`` part.

        HTTP: ``POST /api/v2/orders/{order_id}/notes`` (multipart body)

        Returns:
            Awaitable of OrderNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return cast("Awaitable[OrderNoteResponseDetailsDTO]", self._run(Call("notes_more.order_add_notes", path, parts=parts, answer=OrderNoteResponseDetailsDTO)))

    def item_add_notes(
        self,
        file_urls: Optional[List[str]] = None,
        item_id: str = "",
        datas: str = "",
    ) -> Awaitable[ItemNoteResponseDetailsDTO]:
        """Adds a note to an item.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8); ``datas`` is
        sent as the ``note`` part.

        HTTP: ``POST /api/v2/items/{item_id}/notes`` (multipart body)

        Returns:
            Awaitable of ItemNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a note to an invoice.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8); ``datas`` is
        sent as the ``note`` part.

        HTTP: ``POST /api/v2/invoices/{invoice_id}/notes`` (multipart body)

        Returns:
            Awaitable of InvoiceNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a note to a payment.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8); ``datas`` is
        sent as the ``note`` part.

        HTTP: ``POST /api/v2/payments/{payment_id}/notes`` (multipart body)

        Returns:
            Awaitable of PaymentNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a note to a purchase order.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8); ``datas`` is
        sent as the ``note`` part.

        HTTP: ``POST /api/v2/purchase-orders/{purchase_order_id}/notes`` (multipart body)

        Returns:
            Awaitable of PurchaseOrderNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a note to a purchase invoice.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8); ``datas`` is
        sent as the ``note`` part.

        HTTP: ``POST /api/v2/purchase-invoices/{purchase_invoice_id}/notes`` (multipart body)

        Returns:
            Awaitable of PurchaseInvoiceNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a file to a note of an order.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8).

        HTTP: ``POST /api/v2/orders/{order_id}/notes/{note_uuid}/files`` (multipart body)

        Returns:
            Awaitable of OrderNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a file to a note of an item.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8).

        HTTP: ``POST /api/v2/items/{item_id}/notes/{note_uuid}/files`` (multipart body)

        Returns:
            Awaitable of ItemNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a file to a note of an invoice.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8).

        HTTP: ``POST /api/v2/invoices/{invoice_id}/notes/{note_uuid}/files`` (multipart body)

        Returns:
            Awaitable of InvoiceNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a file to a note of a payment.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8).

        HTTP: ``POST /api/v2/payments/{payment_id}/notes/{note_uuid}/files`` (multipart body)

        Returns:
            Awaitable of PaymentNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a file to a note of a purchase order.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8).

        HTTP: ``POST /api/v2/purchase-orders/{purchase_order_id}/notes/{note_uuid}/files`` (multipart body)

        Returns:
            Awaitable of PurchaseOrderNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Adds a file to a note of a purchase invoice.

        ``file_urls`` is sent as ``file`` parts (each under its base name, at most 8).

        HTTP: ``POST /api/v2/purchase-invoices/{purchase_invoice_id}/notes/{note_uuid}/files`` (multipart body)

        Returns:
            Awaitable of PurchaseInvoiceNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the external in the notes of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{component_uuid}/{order_id}/notes/external``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("notes_more.component_note_external", path, query=query)))

    def component_note_external_iter_all(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every external in the notes of a component that ``component_note_external`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{component_uuid}/{order_id}/notes/external``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("notes_more.component_note_external", path, query), limit, offset, None)))

    def component_add_notes(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Adds a note to a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/component/{component_uuid}/{order_id}/notes`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
        """Lists the notes, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/notes``

        Returns:
            Awaitable of NotesListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.list", [], query), limit, offset, NoteDataDTO)))

    def note_attachment(self, uuid: str) -> Awaitable[Dict[str, Any]]:
        """Reads a note attachment.

        HTTP: ``GET /api/v3/note_attachment/{uuid}``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("notes_more.note_attachment", path)))

    def accounts_notes(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AccountNotesResponseDTO]:
        """Lists the notes in the accounts, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/accounts/notes``

        Returns:
            Awaitable of AccountNotesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every note in the accounts that ``accounts_notes`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing(Call("notes_more.accounts_notes", [], query), limit, offset, NoteDataDTO)))
