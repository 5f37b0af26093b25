# generated from api/ — do not edit; run `make generate`
"""``sdk.item``: the item operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

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

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Item(Resource):
    """``sdk.item``: the item operations of the documented SDK."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> ItemListResponseDTO:
        """One page of items.

        GET /api/v3/items

        Returns ItemListResponseDTO.
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
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/items

        Returns Iterator[ItemDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ItemDataDTO]", self._iterate(Listing("item.list", [], query, limit, offset, ItemDataDTO)))

    def inventory_adjustments_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> ItemInventoryAdjustmentsListResponseDTO:
        """One page of inventory adjustments of the items.

        GET /api/v2/items/{id}/inventory-adjustments

        Returns ItemInventoryAdjustmentsListResponseDTO.
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
        """Every record of ``inventory_adjustments_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/items/{id}/inventory-adjustments

        Returns Iterator[InventoryAdjustmentDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[InventoryAdjustmentDataDTO]", self._iterate(Listing("item.inventory_adjustments_list", path, query, limit, offset, InventoryAdjustmentDataDTO)))

    def standard(self, id: str) -> ItemResponseDTO:
        """Reads one record of items.

        GET /api/v3/items/{id}

        Returns ItemResponseDTO.
        """
        path = [args.ident("id", id)]
        return cast("ItemResponseDTO", self._run(Call("item.standard", path, answer=ItemResponseDTO)))

    def information(self, id: str) -> ItemResponseDTO:
        """Reads the information of the items.

        GET /api/v3/items/{id}/information

        Returns ItemResponseDTO.
        """
        path = [args.ident("id", id)]
        return cast("ItemResponseDTO", self._run(Call("item.information", path, answer=ItemResponseDTO)))

    def sale(self, id: str) -> ItemSaleResponseDTO:
        """Reads the sale of the items.

        GET /api/v3/items/{id}/sale

        Returns ItemSaleResponseDTO.
        """
        path = [args.ident("id", id)]
        return cast("ItemSaleResponseDTO", self._run(Call("item.sale", path, answer=ItemSaleResponseDTO)))

    def purchase(self, id: str) -> ItemPurchaseResponseDTO:
        """Reads the purchase of the items.

        GET /api/v3/items/{id}/purchase

        Returns ItemPurchaseResponseDTO.
        """
        path = [args.ident("id", id)]
        return cast("ItemPurchaseResponseDTO", self._run(Call("item.purchase", path, answer=ItemPurchaseResponseDTO)))

    def inventory(self, id: str) -> ItemInventoryResponseDTO:
        """Reads the inventories of the items.

        GET /api/v3/items/{id}/inventories

        Returns ItemInventoryResponseDTO.
        """
        path = [args.ident("id", id)]
        return cast("ItemInventoryResponseDTO", self._run(Call("item.inventory", path, answer=ItemInventoryResponseDTO)))

    def create(self, request_data: ItemActionDTO) -> ItemResponseDTO:
        """Creates a record in items.

        POST /api/v3/items

        Returns ItemResponseDTO.
        """
        body = args.body("request_data", request_data, (ItemActionDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.create", body=body, answer=ItemResponseDTO)))

    def sale_create(self, id: str, request_data: ItemActionDTO) -> ItemResponseDTO:
        """Runs sale of the items.

        POST /api/v3/items/{id}/sale

        Returns ItemResponseDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemActionDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.sale_create", path, body=body, answer=ItemResponseDTO)))

    def purchase_create(self, id: str, request_data: ItemActionDTO) -> ItemResponseDTO:
        """Runs purchase of the items.

        POST /api/v3/items/{id}/purchase

        Returns ItemResponseDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemActionDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.purchase_create", path, body=body, answer=ItemResponseDTO)))

    def add(self, id: str, request_data: ItemInventoryResponseDTO) -> ItemResponseDTO:
        """Creates a record in inventory of the items.

        POST /api/v3/items/{id}/inventory

        Returns ItemResponseDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemInventoryResponseDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.add", path, body=body, answer=ItemResponseDTO)))

    def update_information(self, id: str, request_data: UpdateItemRequestDTO) -> ItemResponseDTO:
        """Updates the information of the items.

        PATCH /api/v3/items/{id}/information

        Returns ItemResponseDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (UpdateItemRequestDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.update_information", path, body=body, answer=ItemResponseDTO)))

    def update_sale(self, id: str, request_data: UpdateSaleItemRequestDTO) -> ItemUpdateSaleResponseDTO:
        """Updates the sale of the items.

        PATCH /api/v3/items/{id}/sale

        Returns ItemUpdateSaleResponseDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (UpdateSaleItemRequestDTO,))
        return cast("ItemUpdateSaleResponseDTO", self._run(Call("item.update_sale", path, body=body, answer=ItemUpdateSaleResponseDTO)))

    def inventories(self, id: str, request_data: ItemInventoryResponseDTO) -> ItemInventoryResponseDTO:
        """Runs inventories of the items.

        POST /api/v3/items/{id}/inventories

        Returns ItemInventoryResponseDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemInventoryResponseDTO,))
        return cast("ItemInventoryResponseDTO", self._run(Call("item.inventories", path, body=body, answer=ItemInventoryResponseDTO)))

    def reactivate(self, id: str) -> DeleteResult:
        """Runs reactivate of the items.

        POST /api/v3/items/{id}/reactivate

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("item.reactivate", path)))

    def deactivate(self, id: str) -> DeleteResult:
        """Runs deactivate of the items.

        POST /api/v3/items/{id}/deactivate

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("item.deactivate", path)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes one record of items.

        DELETE /api/v3/items/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("item.delete", path)))

    def update_inventories(self, item_id: str, request_data: ItemInventoryRequestDTO) -> ItemResponseDTO:
        """Updates the inventories of the items.

        PATCH /api/v3/items/{item_id}/inventories

        Returns ItemResponseDTO.
        """
        path = [args.ident("item_id", item_id)]
        body = args.body("request_data", request_data, (ItemInventoryRequestDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.update_inventories", path, body=body, answer=ItemResponseDTO)))

    def update_purchase_information(self, item_id: str, request_data: ItemPurchaseRequestDTO) -> ItemResponseDTO:
        """Updates the purchase of the items.

        PATCH /api/v3/items/{item_id}/purchase

        Returns ItemResponseDTO.
        """
        path = [args.ident("item_id", item_id)]
        body = args.body("request_data", request_data, (ItemPurchaseRequestDTO,))
        return cast("ItemResponseDTO", self._run(Call("item.update_purchase_information", path, body=body, answer=ItemResponseDTO)))

    def family_details(self, id: str) -> Any:
        """Reads the family details of the items.

        GET /api/v3/items/{id}/family-details

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return self._run(Call("item.family_details", path))

    def family_details_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Runs family details of the items.

        POST /api/v3/items/{id}/family-details

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("item.family_details_create", path, body=body)))

    def package_details_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Runs package details of the items.

        POST /api/v3/items/{id}/package-details

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("item.package_details_create", path, body=body)))

    def package_details_list(self, id: str) -> ItemPackageDetailsResponseDTO:
        """Reads the package details of the items.

        GET /api/v3/items/{id}/package-details

        Returns ItemPackageDetailsResponseDTO.
        """
        path = [args.ident("id", id)]
        return cast("ItemPackageDetailsResponseDTO", self._run(Call("item.package_details_list", path, answer=ItemPackageDetailsResponseDTO)))

    def package_details(self, id: str, package_id: str) -> Any:
        """Reads one record of package details of the items.

        GET /api/v3/items/{id}/package-details/{package_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id), args.ident("package_id", package_id)]
        return self._run(Call("item.package_details", path))

    def package_details_update(
        self,
        id: str,
        package_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Updates one record of package details of the items.

        PATCH /api/v3/items/{id}/package-details/{package_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id), args.ident("package_id", package_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("item.package_details_update", path, body=body)))

    def package_details_delete(self, id: str, package_id: str) -> DeleteResult:
        """Deletes one record of package details of the items.

        DELETE /api/v3/items/{id}/package-details/{package_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id), args.ident("package_id", package_id)]
        return cast("DeleteResult", self._run(Call("item.package_details_delete", path)))


class AsyncItem(Resource):
    """``sdk.item``: the item operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ItemListResponseDTO]:
        """One page of items.

        GET /api/v3/items

        Returns Awaitable[ItemListResponseDTO].
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
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/items

        Returns AsyncIterator[ItemDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ItemDataDTO]", self._iterate(Listing("item.list", [], query, limit, offset, ItemDataDTO)))

    def inventory_adjustments_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ItemInventoryAdjustmentsListResponseDTO]:
        """One page of inventory adjustments of the items.

        GET /api/v2/items/{id}/inventory-adjustments

        Returns Awaitable[ItemInventoryAdjustmentsListResponseDTO].
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
        """Every record of ``inventory_adjustments_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/items/{id}/inventory-adjustments

        Returns AsyncIterator[InventoryAdjustmentDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[InventoryAdjustmentDataDTO]", self._iterate(Listing("item.inventory_adjustments_list", path, query, limit, offset, InventoryAdjustmentDataDTO)))

    def standard(self, id: str) -> Awaitable[ItemResponseDTO]:
        """Reads one record of items.

        GET /api/v3/items/{id}

        Returns Awaitable[ItemResponseDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.standard", path, answer=ItemResponseDTO)))

    def information(self, id: str) -> Awaitable[ItemResponseDTO]:
        """Reads the information of the items.

        GET /api/v3/items/{id}/information

        Returns Awaitable[ItemResponseDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.information", path, answer=ItemResponseDTO)))

    def sale(self, id: str) -> Awaitable[ItemSaleResponseDTO]:
        """Reads the sale of the items.

        GET /api/v3/items/{id}/sale

        Returns Awaitable[ItemSaleResponseDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemSaleResponseDTO]", self._run(Call("item.sale", path, answer=ItemSaleResponseDTO)))

    def purchase(self, id: str) -> Awaitable[ItemPurchaseResponseDTO]:
        """Reads the purchase of the items.

        GET /api/v3/items/{id}/purchase

        Returns Awaitable[ItemPurchaseResponseDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemPurchaseResponseDTO]", self._run(Call("item.purchase", path, answer=ItemPurchaseResponseDTO)))

    def inventory(self, id: str) -> Awaitable[ItemInventoryResponseDTO]:
        """Reads the inventories of the items.

        GET /api/v3/items/{id}/inventories

        Returns Awaitable[ItemInventoryResponseDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemInventoryResponseDTO]", self._run(Call("item.inventory", path, answer=ItemInventoryResponseDTO)))

    def create(self, request_data: ItemActionDTO) -> Awaitable[ItemResponseDTO]:
        """Creates a record in items.

        POST /api/v3/items

        Returns Awaitable[ItemResponseDTO].
        """
        body = args.body("request_data", request_data, (ItemActionDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.create", body=body, answer=ItemResponseDTO)))

    def sale_create(self, id: str, request_data: ItemActionDTO) -> Awaitable[ItemResponseDTO]:
        """Runs sale of the items.

        POST /api/v3/items/{id}/sale

        Returns Awaitable[ItemResponseDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemActionDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.sale_create", path, body=body, answer=ItemResponseDTO)))

    def purchase_create(self, id: str, request_data: ItemActionDTO) -> Awaitable[ItemResponseDTO]:
        """Runs purchase of the items.

        POST /api/v3/items/{id}/purchase

        Returns Awaitable[ItemResponseDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemActionDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.purchase_create", path, body=body, answer=ItemResponseDTO)))

    def add(self, id: str, request_data: ItemInventoryResponseDTO) -> Awaitable[ItemResponseDTO]:
        """Creates a record in inventory of the items.

        POST /api/v3/items/{id}/inventory

        Returns Awaitable[ItemResponseDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemInventoryResponseDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.add", path, body=body, answer=ItemResponseDTO)))

    def update_information(self, id: str, request_data: UpdateItemRequestDTO) -> Awaitable[ItemResponseDTO]:
        """Updates the information of the items.

        PATCH /api/v3/items/{id}/information

        Returns Awaitable[ItemResponseDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (UpdateItemRequestDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.update_information", path, body=body, answer=ItemResponseDTO)))

    def update_sale(self, id: str, request_data: UpdateSaleItemRequestDTO) -> Awaitable[ItemUpdateSaleResponseDTO]:
        """Updates the sale of the items.

        PATCH /api/v3/items/{id}/sale

        Returns Awaitable[ItemUpdateSaleResponseDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (UpdateSaleItemRequestDTO,))
        return cast("Awaitable[ItemUpdateSaleResponseDTO]", self._run(Call("item.update_sale", path, body=body, answer=ItemUpdateSaleResponseDTO)))

    def inventories(self, id: str, request_data: ItemInventoryResponseDTO) -> Awaitable[ItemInventoryResponseDTO]:
        """Runs inventories of the items.

        POST /api/v3/items/{id}/inventories

        Returns Awaitable[ItemInventoryResponseDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemInventoryResponseDTO,))
        return cast("Awaitable[ItemInventoryResponseDTO]", self._run(Call("item.inventories", path, body=body, answer=ItemInventoryResponseDTO)))

    def reactivate(self, id: str) -> Awaitable[DeleteResult]:
        """Runs reactivate of the items.

        POST /api/v3/items/{id}/reactivate

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("item.reactivate", path)))

    def deactivate(self, id: str) -> Awaitable[DeleteResult]:
        """Runs deactivate of the items.

        POST /api/v3/items/{id}/deactivate

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("item.deactivate", path)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of items.

        DELETE /api/v3/items/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("item.delete", path)))

    def update_inventories(self, item_id: str, request_data: ItemInventoryRequestDTO) -> Awaitable[ItemResponseDTO]:
        """Updates the inventories of the items.

        PATCH /api/v3/items/{item_id}/inventories

        Returns Awaitable[ItemResponseDTO].
        """
        path = [args.ident("item_id", item_id)]
        body = args.body("request_data", request_data, (ItemInventoryRequestDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.update_inventories", path, body=body, answer=ItemResponseDTO)))

    def update_purchase_information(
        self,
        item_id: str,
        request_data: ItemPurchaseRequestDTO,
    ) -> Awaitable[ItemResponseDTO]:
        """Updates the purchase of the items.

        PATCH /api/v3/items/{item_id}/purchase

        Returns Awaitable[ItemResponseDTO].
        """
        path = [args.ident("item_id", item_id)]
        body = args.body("request_data", request_data, (ItemPurchaseRequestDTO,))
        return cast("Awaitable[ItemResponseDTO]", self._run(Call("item.update_purchase_information", path, body=body, answer=ItemResponseDTO)))

    def family_details(self, id: str) -> Awaitable[Any]:
        """Reads the family details of the items.

        GET /api/v3/items/{id}/family-details

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("item.family_details", path)))

    def family_details_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[DeleteResult]:
        """Runs family details of the items.

        POST /api/v3/items/{id}/family-details

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("item.family_details_create", path, body=body)))

    def package_details_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[DeleteResult]:
        """Runs package details of the items.

        POST /api/v3/items/{id}/package-details

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("item.package_details_create", path, body=body)))

    def package_details_list(self, id: str) -> Awaitable[ItemPackageDetailsResponseDTO]:
        """Reads the package details of the items.

        GET /api/v3/items/{id}/package-details

        Returns Awaitable[ItemPackageDetailsResponseDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemPackageDetailsResponseDTO]", self._run(Call("item.package_details_list", path, answer=ItemPackageDetailsResponseDTO)))

    def package_details(self, id: str, package_id: str) -> Awaitable[Any]:
        """Reads one record of package details of the items.

        GET /api/v3/items/{id}/package-details/{package_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id), args.ident("package_id", package_id)]
        return cast("Awaitable[Any]", self._run(Call("item.package_details", path)))

    def package_details_update(
        self,
        id: str,
        package_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Updates one record of package details of the items.

        PATCH /api/v3/items/{id}/package-details/{package_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id), args.ident("package_id", package_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("item.package_details_update", path, body=body)))

    def package_details_delete(self, id: str, package_id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of package details of the items.

        DELETE /api/v3/items/{id}/package-details/{package_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id), args.ident("package_id", package_id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("item.package_details_delete", path)))
