# generated from api/ — do not edit; run `make generate`
"""``sdk.item``: the item operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.item.dto.item_dto import (
    InventoryAdjustmentDataDTO,
    ItemActionDTO,
    ItemDataDTO,
    ItemInventoryAdjustmentsListResponseDTO,
    ItemInventoryRequestDTO,
    ItemInventoryResponseDTO,
    ItemListResponseDTO,
    ItemPackageDetailsResponseDTO,
    ItemPurchaseRequestDTO,
    ItemPurchaseResponseDTO,
    ItemResponseDTO,
    ItemSaleResponseDTO,
    ItemUpdateSaleResponseDTO,
    UpdateItemRequestDTO,
    UpdateSaleItemRequestDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.item.item_raw import AsyncItemRaw, ItemRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Item(Resource):
    """``sdk.item``: the item operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "ItemRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.item.item_raw import ItemRaw

        return ItemRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> ItemListResponseDTO:
        """Lists the items, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/items``

        Returns:
            ItemListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("ItemListResponseDTO", self._run(Call("item.list", query=query, answer=ItemListResponseDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ItemDataDTO]:
        """Every item that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/items``

        Yields:
            ItemDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ItemDataDTO]", self._iterate(Listing(Call("item.list", [], query), limit, offset, ItemDataDTO)))

    def inventory_adjustments_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> ItemInventoryAdjustmentsListResponseDTO:
        """Lists the inventory adjustments of an item, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/items/{id}/inventory-adjustments``

        Returns:
            ItemInventoryAdjustmentsListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("ItemInventoryAdjustmentsListResponseDTO", self._run(Call("item.inventory_adjustments_list", path, query=query, answer=ItemInventoryAdjustmentsListResponseDTO)))

    def inventory_adjustments_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[InventoryAdjustmentDataDTO]:
        """Every inventory adjustment of an item that ``inventory_adjustments_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/items/{id}/inventory-adjustments``

        Yields:
            InventoryAdjustmentDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[InventoryAdjustmentDataDTO]", self._iterate(Listing(Call("item.inventory_adjustments_list", path, query), limit, offset, InventoryAdjustmentDataDTO)))

    def standard(self, id: str) -> ItemResponseDTO:
        """Reads an item.

        HTTP: ``GET /api/v3/items/{id}``

        Returns:
            ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("ItemResponseDTO", self._run(Call("item.standard", path, answer=ItemResponseDTO)))

    def information(self, id: str) -> ItemResponseDTO:
        """Reads the information of an item.

        HTTP: ``GET /api/v3/items/{id}/information``

        Returns:
            ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("ItemResponseDTO", self._run(Call("item.information", path, answer=ItemResponseDTO)))

    def sale(self, id: str) -> ItemSaleResponseDTO:
        """Reads the sale of an item.

        HTTP: ``GET /api/v3/items/{id}/sale``

        Returns:
            ItemSaleResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("ItemSaleResponseDTO", self._run(Call("item.sale", path, answer=ItemSaleResponseDTO)))

    def purchase(self, id: str) -> ItemPurchaseResponseDTO:
        """Reads the purchase of an item.

        HTTP: ``GET /api/v3/items/{id}/purchase``

        Returns:
            ItemPurchaseResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("ItemPurchaseResponseDTO", self._run(Call("item.purchase", path, answer=ItemPurchaseResponseDTO)))

    def inventory(self, id: str) -> ItemInventoryResponseDTO:
        """Reads the inventories of an item.

        HTTP: ``GET /api/v3/items/{id}/inventories``

        Returns:
            ItemInventoryResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("ItemInventoryResponseDTO", self._run(Call("item.inventory", path, answer=ItemInventoryResponseDTO)))

    def create(self, request_data: ItemActionDTO) -> ItemResponseDTO:
        """Creates an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items`` (json body)

        Returns:
            ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ItemActionDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.create", body=body, answer=ItemResponseDTO)))

    def sale_create(self, id: str, request_data: ItemActionDTO) -> ItemResponseDTO:
        """Creates the sale of an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items/{id}/sale`` (json body)

        Returns:
            ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemActionDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.sale_create", path, body=body, answer=ItemResponseDTO)))

    def purchase_create(self, id: str, request_data: ItemActionDTO) -> ItemResponseDTO:
        """Creates the purchase of an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items/{id}/purchase`` (json body)

        Returns:
            ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemActionDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.purchase_create", path, body=body, answer=ItemResponseDTO)))

    def add(self, id: str, request_data: ItemInventoryResponseDTO) -> ItemResponseDTO:
        """Creates the inventory of an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items/{id}/inventory`` (json body)

        Returns:
            ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemInventoryResponseDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.add", path, body=body, answer=ItemResponseDTO)))

    def update_information(self, id: str, request_data: UpdateItemRequestDTO) -> ItemResponseDTO:
        """Updates the information of an item.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/items/{id}/information`` (json body)

        Returns:
            ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (UpdateItemRequestDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.update_information", path, body=body, answer=ItemResponseDTO)))

    def update_sale(self, id: str, request_data: UpdateSaleItemRequestDTO) -> ItemUpdateSaleResponseDTO:
        """Updates the sale of an item.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/items/{id}/sale`` (json body)

        Returns:
            ItemUpdateSaleResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (UpdateSaleItemRequestDTO,))
        return cast("ItemUpdateSaleResponseDTO", self._run(Call("item.update_sale", path, body=body, answer=ItemUpdateSaleResponseDTO)))

    def inventories(self, id: str, request_data: ItemInventoryResponseDTO) -> ItemInventoryResponseDTO:
        """Adds an inventory to an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items/{id}/inventories`` (json body)

        Returns:
            ItemInventoryResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemInventoryResponseDTO,))
        return cast("ItemInventoryResponseDTO", self._run(Call("item.inventories", path, body=body, answer=ItemInventoryResponseDTO)))

    def reactivate(self, id: str) -> DeleteResult:
        """Reactivates an item.

        HTTP: ``POST /api/v3/items/{id}/reactivate``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("item.reactivate", path)))

    def deactivate(self, id: str) -> DeleteResult:
        """Deactivates an item.

        HTTP: ``POST /api/v3/items/{id}/deactivate``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("item.deactivate", path)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes an item.

        HTTP: ``DELETE /api/v3/items/{id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("item.delete", path)))

    def update_inventories(self, item_id: str, request_data: ItemInventoryRequestDTO) -> ItemResponseDTO:
        """Updates the inventories of an item.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/items/{item_id}/inventories`` (json body)

        Returns:
            ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("item_id", item_id)]
        body = args.body("request_data", request_data, (ItemInventoryRequestDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.update_inventories", path, body=body, answer=ItemResponseDTO)))

    def update_purchase_information(self, item_id: str, request_data: ItemPurchaseRequestDTO) -> ItemResponseDTO:
        """Updates the purchase of an item.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/items/{item_id}/purchase`` (json body)

        Returns:
            ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("item_id", item_id)]
        body = args.body("request_data", request_data, (ItemPurchaseRequestDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.update_purchase_information", path, body=body, answer=ItemResponseDTO)))

    def family_details(self, id: str) -> Dict[str, Any]:
        """Reads the family details of an item.

        HTTP: ``GET /api/v3/items/{id}/family-details``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("id", id)]
        return cast("Dict[str, Any]", self._run(Call("item.family_details", path)))

    def family_details_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Adds a family detail to an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items/{id}/family-details`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("item.family_details_create", path, body=body)))

    def package_details_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Adds a package detail to an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items/{id}/package-details`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("item.package_details_create", path, body=body)))

    def package_details_list(self, id: str) -> ItemPackageDetailsResponseDTO:
        """Reads the package details of an item.

        HTTP: ``GET /api/v3/items/{id}/package-details``

        Returns:
            ItemPackageDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("ItemPackageDetailsResponseDTO", self._run(Call("item.package_details_list", path, answer=ItemPackageDetailsResponseDTO)))

    def package_details(self, id: str, package_id: str) -> Dict[str, Any]:
        """Reads a package detail of an item.

        HTTP: ``GET /api/v3/items/{id}/package-details/{package_id}``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("id", id), args.ident("package_id", package_id)]
        return cast("Dict[str, Any]", self._run(Call("item.package_details", path)))

    def package_details_update(
        self,
        id: str,
        package_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Updates a package detail of an item.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/items/{id}/package-details/{package_id}`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("package_id", package_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("item.package_details_update", path, body=body)))

    def package_details_delete(self, id: str, package_id: str) -> DeleteResult:
        """Deletes a package detail of an item.

        HTTP: ``DELETE /api/v3/items/{id}/package-details/{package_id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("package_id", package_id)]
        return cast("DeleteResult", self._run(Call("item.package_details_delete", path)))


class AsyncItem(Resource):
    """``sdk.item``: the item operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncItemRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.item.item_raw import AsyncItemRaw

        return AsyncItemRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ItemListResponseDTO]:
        """Lists the items, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/items``

        Returns:
            Awaitable of ItemListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[ItemListResponseDTO]", self._run(Call("item.list", query=query, answer=ItemListResponseDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ItemDataDTO]:
        """Every item that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/items``

        Yields:
            ItemDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ItemDataDTO]", self._iterate(Listing(Call("item.list", [], query), limit, offset, ItemDataDTO)))

    def inventory_adjustments_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ItemInventoryAdjustmentsListResponseDTO]:
        """Lists the inventory adjustments of an item, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/items/{id}/inventory-adjustments``

        Returns:
            Awaitable of ItemInventoryAdjustmentsListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[ItemInventoryAdjustmentsListResponseDTO]", self._run(Call("item.inventory_adjustments_list", path, query=query, answer=ItemInventoryAdjustmentsListResponseDTO)))

    def inventory_adjustments_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[InventoryAdjustmentDataDTO]:
        """Every inventory adjustment of an item that ``inventory_adjustments_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/items/{id}/inventory-adjustments``

        Yields:
            InventoryAdjustmentDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[InventoryAdjustmentDataDTO]", self._iterate(Listing(Call("item.inventory_adjustments_list", path, query), limit, offset, InventoryAdjustmentDataDTO)))

    def standard(self, id: str) -> Awaitable[ItemResponseDTO]:
        """Reads an item.

        HTTP: ``GET /api/v3/items/{id}``

        Returns:
            Awaitable of ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.standard", path, answer=ItemResponseDTO)))

    def information(self, id: str) -> Awaitable[ItemResponseDTO]:
        """Reads the information of an item.

        HTTP: ``GET /api/v3/items/{id}/information``

        Returns:
            Awaitable of ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.information", path, answer=ItemResponseDTO)))

    def sale(self, id: str) -> Awaitable[ItemSaleResponseDTO]:
        """Reads the sale of an item.

        HTTP: ``GET /api/v3/items/{id}/sale``

        Returns:
            Awaitable of ItemSaleResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemSaleResponseDTO]", self._run(Call("item.sale", path, answer=ItemSaleResponseDTO)))

    def purchase(self, id: str) -> Awaitable[ItemPurchaseResponseDTO]:
        """Reads the purchase of an item.

        HTTP: ``GET /api/v3/items/{id}/purchase``

        Returns:
            Awaitable of ItemPurchaseResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemPurchaseResponseDTO]", self._run(Call("item.purchase", path, answer=ItemPurchaseResponseDTO)))

    def inventory(self, id: str) -> Awaitable[ItemInventoryResponseDTO]:
        """Reads the inventories of an item.

        HTTP: ``GET /api/v3/items/{id}/inventories``

        Returns:
            Awaitable of ItemInventoryResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemInventoryResponseDTO]", self._run(Call("item.inventory", path, answer=ItemInventoryResponseDTO)))

    def create(self, request_data: ItemActionDTO) -> Awaitable[ItemResponseDTO]:
        """Creates an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items`` (json body)

        Returns:
            Awaitable of ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ItemActionDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.create", body=body, answer=ItemResponseDTO)))

    def sale_create(self, id: str, request_data: ItemActionDTO) -> Awaitable[ItemResponseDTO]:
        """Creates the sale of an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items/{id}/sale`` (json body)

        Returns:
            Awaitable of ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemActionDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.sale_create", path, body=body, answer=ItemResponseDTO)))

    def purchase_create(self, id: str, request_data: ItemActionDTO) -> Awaitable[ItemResponseDTO]:
        """Creates the purchase of an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items/{id}/purchase`` (json body)

        Returns:
            Awaitable of ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemActionDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.purchase_create", path, body=body, answer=ItemResponseDTO)))

    def add(self, id: str, request_data: ItemInventoryResponseDTO) -> Awaitable[ItemResponseDTO]:
        """Creates the inventory of an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items/{id}/inventory`` (json body)

        Returns:
            Awaitable of ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemInventoryResponseDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.add", path, body=body, answer=ItemResponseDTO)))

    def update_information(self, id: str, request_data: UpdateItemRequestDTO) -> Awaitable[ItemResponseDTO]:
        """Updates the information of an item.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/items/{id}/information`` (json body)

        Returns:
            Awaitable of ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (UpdateItemRequestDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.update_information", path, body=body, answer=ItemResponseDTO)))

    def update_sale(self, id: str, request_data: UpdateSaleItemRequestDTO) -> Awaitable[ItemUpdateSaleResponseDTO]:
        """Updates the sale of an item.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/items/{id}/sale`` (json body)

        Returns:
            Awaitable of ItemUpdateSaleResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (UpdateSaleItemRequestDTO,))
        return cast("Awaitable[ItemUpdateSaleResponseDTO]", self._run(Call("item.update_sale", path, body=body, answer=ItemUpdateSaleResponseDTO)))

    def inventories(self, id: str, request_data: ItemInventoryResponseDTO) -> Awaitable[ItemInventoryResponseDTO]:
        """Adds an inventory to an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items/{id}/inventories`` (json body)

        Returns:
            Awaitable of ItemInventoryResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemInventoryResponseDTO,))
        return cast("Awaitable[ItemInventoryResponseDTO]", self._run(Call("item.inventories", path, body=body, answer=ItemInventoryResponseDTO)))

    def reactivate(self, id: str) -> Awaitable[DeleteResult]:
        """Reactivates an item.

        HTTP: ``POST /api/v3/items/{id}/reactivate``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("item.reactivate", path)))

    def deactivate(self, id: str) -> Awaitable[DeleteResult]:
        """Deactivates an item.

        HTTP: ``POST /api/v3/items/{id}/deactivate``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("item.deactivate", path)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes an item.

        HTTP: ``DELETE /api/v3/items/{id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("item.delete", path)))

    def update_inventories(self, item_id: str, request_data: ItemInventoryRequestDTO) -> Awaitable[ItemResponseDTO]:
        """Updates the inventories of an item.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/items/{item_id}/inventories`` (json body)

        Returns:
            Awaitable of ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("item_id", item_id)]
        body = args.body("request_data", request_data, (ItemInventoryRequestDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.update_inventories", path, body=body, answer=ItemResponseDTO)))

    def update_purchase_information(
        self,
        item_id: str,
        request_data: ItemPurchaseRequestDTO,
    ) -> Awaitable[ItemResponseDTO]:
        """Updates the purchase of an item.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/items/{item_id}/purchase`` (json body)

        Returns:
            Awaitable of ItemResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("item_id", item_id)]
        body = args.body("request_data", request_data, (ItemPurchaseRequestDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.update_purchase_information", path, body=body, answer=ItemResponseDTO)))

    def family_details(self, id: str) -> Awaitable[Dict[str, Any]]:
        """Reads the family details of an item.

        HTTP: ``GET /api/v3/items/{id}/family-details``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("item.family_details", path)))

    def family_details_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[DeleteResult]:
        """Adds a family detail to an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items/{id}/family-details`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("item.family_details_create", path, body=body)))

    def package_details_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[DeleteResult]:
        """Adds a package detail to an item.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/items/{id}/package-details`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("item.package_details_create", path, body=body)))

    def package_details_list(self, id: str) -> Awaitable[ItemPackageDetailsResponseDTO]:
        """Reads the package details of an item.

        HTTP: ``GET /api/v3/items/{id}/package-details``

        Returns:
            Awaitable of ItemPackageDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemPackageDetailsResponseDTO]", self._run(Call("item.package_details_list", path, answer=ItemPackageDetailsResponseDTO)))

    def package_details(self, id: str, package_id: str) -> Awaitable[Dict[str, Any]]:
        """Reads a package detail of an item.

        HTTP: ``GET /api/v3/items/{id}/package-details/{package_id}``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("id", id), args.ident("package_id", package_id)]
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("item.package_details", path)))

    def package_details_update(
        self,
        id: str,
        package_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Updates a package detail of an item.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/items/{id}/package-details/{package_id}`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("package_id", package_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("item.package_details_update", path, body=body)))

    def package_details_delete(self, id: str, package_id: str) -> Awaitable[DeleteResult]:
        """Deletes a package detail of an item.

        HTTP: ``DELETE /api/v3/items/{id}/package-details/{package_id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("package_id", package_id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("item.package_details_delete", path)))
