# generated from api/ — do not edit; run `make generate`
"""``sdk.item``: the item operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

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
    ) -> Any:
        """One page of items.

        GET /api/v3/items

        Returns the answer's JSON as plain data (documented as ItemListResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("item.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/items

        Returns the answer's JSON as plain data (documented as ItemDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("item.list", [], query, limit, offset, None)))

    def inventory_adjustments_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of inventory adjustments of the items.

        GET /api/v2/items/{id}/inventory-adjustments

        Returns the answer's JSON as plain data (documented as ItemInventoryAdjustmentsListResponseDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("item.inventory_adjustments_list", path, query=query))

    def inventory_adjustments_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``inventory_adjustments_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/items/{id}/inventory-adjustments

        Returns the answer's JSON as plain data (documented as InventoryAdjustmentDataDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("item.inventory_adjustments_list", path, query, limit, offset, None)))

    def standard(self, id: str) -> Any:
        """Reads one record of items.

        GET /api/v3/items/{id}

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("item.standard", path))

    def information(self, id: str) -> Any:
        """Reads the information of the items.

        GET /api/v3/items/{id}/information

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("item.information", path))

    def sale(self, id: str) -> Any:
        """Reads the sale of the items.

        GET /api/v3/items/{id}/sale

        Returns the answer's JSON as plain data (documented as ItemSaleResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("item.sale", path))

    def purchase(self, id: str) -> Any:
        """Reads the purchase of the items.

        GET /api/v3/items/{id}/purchase

        Returns the answer's JSON as plain data (documented as ItemPurchaseResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("item.purchase", path))

    def inventory(self, id: str) -> Any:
        """Reads the inventories of the items.

        GET /api/v3/items/{id}/inventories

        Returns the answer's JSON as plain data (documented as ItemInventoryResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("item.inventory", path))

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in items.

        POST /api/v3/items

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("item.create", body=body))

    def sale_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs sale of the items.

        POST /api/v3/items/{id}/sale

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("item.sale_create", path, body=body))

    def purchase_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs purchase of the items.

        POST /api/v3/items/{id}/purchase

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("item.purchase_create", path, body=body))

    def add(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in inventory of the items.

        POST /api/v3/items/{id}/inventory

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("item.add", path, body=body))

    def update_information(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the information of the items.

        PATCH /api/v3/items/{id}/information

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("item.update_information", path, body=body))

    def update_sale(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the sale of the items.

        PATCH /api/v3/items/{id}/sale

        Returns the answer's JSON as plain data (documented as ItemUpdateSaleResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("item.update_sale", path, body=body))

    def inventories(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs inventories of the items.

        POST /api/v3/items/{id}/inventories

        Returns the answer's JSON as plain data (documented as ItemInventoryResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("item.inventories", path, body=body))

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

    def update_inventories(self, item_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the inventories of the items.

        PATCH /api/v3/items/{item_id}/inventories

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("item_id", item_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("item.update_inventories", path, body=body))

    def update_purchase_information(self, item_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the purchase of the items.

        PATCH /api/v3/items/{item_id}/purchase

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("item_id", item_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("item.update_purchase_information", path, body=body))

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

    def package_details_list(self, id: str) -> Any:
        """Reads the package details of the items.

        GET /api/v3/items/{id}/package-details

        Returns the answer's JSON as plain data (documented as ItemPackageDetailsResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("item.package_details_list", path))

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
    ) -> Awaitable[Any]:
        """One page of items.

        GET /api/v3/items

        Returns the answer's JSON as plain data (documented as ItemListResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("item.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/items

        Returns the answer's JSON as plain data (documented as ItemDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("item.list", [], query, limit, offset, None)))

    def inventory_adjustments_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of inventory adjustments of the items.

        GET /api/v2/items/{id}/inventory-adjustments

        Returns the answer's JSON as plain data (documented as ItemInventoryAdjustmentsListResponseDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("item.inventory_adjustments_list", path, query=query)))

    def inventory_adjustments_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``inventory_adjustments_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/items/{id}/inventory-adjustments

        Returns the answer's JSON as plain data (documented as InventoryAdjustmentDataDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("item.inventory_adjustments_list", path, query, limit, offset, None)))

    def standard(self, id: str) -> Awaitable[Any]:
        """Reads one record of items.

        GET /api/v3/items/{id}

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("item.standard", path)))

    def information(self, id: str) -> Awaitable[Any]:
        """Reads the information of the items.

        GET /api/v3/items/{id}/information

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("item.information", path)))

    def sale(self, id: str) -> Awaitable[Any]:
        """Reads the sale of the items.

        GET /api/v3/items/{id}/sale

        Returns the answer's JSON as plain data (documented as ItemSaleResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("item.sale", path)))

    def purchase(self, id: str) -> Awaitable[Any]:
        """Reads the purchase of the items.

        GET /api/v3/items/{id}/purchase

        Returns the answer's JSON as plain data (documented as ItemPurchaseResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("item.purchase", path)))

    def inventory(self, id: str) -> Awaitable[Any]:
        """Reads the inventories of the items.

        GET /api/v3/items/{id}/inventories

        Returns the answer's JSON as plain data (documented as ItemInventoryResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("item.inventory", path)))

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in items.

        POST /api/v3/items

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("item.create", body=body)))

    def sale_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs sale of the items.

        POST /api/v3/items/{id}/sale

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("item.sale_create", path, body=body)))

    def purchase_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs purchase of the items.

        POST /api/v3/items/{id}/purchase

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("item.purchase_create", path, body=body)))

    def add(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in inventory of the items.

        POST /api/v3/items/{id}/inventory

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("item.add", path, body=body)))

    def update_information(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the information of the items.

        PATCH /api/v3/items/{id}/information

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("item.update_information", path, body=body)))

    def update_sale(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the sale of the items.

        PATCH /api/v3/items/{id}/sale

        Returns the answer's JSON as plain data (documented as ItemUpdateSaleResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("item.update_sale", path, body=body)))

    def inventories(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs inventories of the items.

        POST /api/v3/items/{id}/inventories

        Returns the answer's JSON as plain data (documented as ItemInventoryResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("item.inventories", path, body=body)))

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

    def update_inventories(self, item_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the inventories of the items.

        PATCH /api/v3/items/{item_id}/inventories

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("item_id", item_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("item.update_inventories", path, body=body)))

    def update_purchase_information(self, item_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the purchase of the items.

        PATCH /api/v3/items/{item_id}/purchase

        Returns the answer's JSON as plain data (documented as ItemResponseDTO).
        """
        path = [args.ident("item_id", item_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("item.update_purchase_information", path, body=body)))

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

    def package_details_list(self, id: str) -> Awaitable[Any]:
        """Reads the package details of the items.

        GET /api/v3/items/{id}/package-details

        Returns the answer's JSON as plain data (documented as ItemPackageDetailsResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("item.package_details_list", path)))

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
