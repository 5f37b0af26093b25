# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.item``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._dto import DTOBase
from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.item.dto.item_dto import (
    ItemActionDTO,
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
from exsited.exsited.item.item import DeleteResult


class ItemRaw(RawResource):
    """``Item.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[ItemListResponseDTO]:
        """``Item.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemListResponseDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def inventory_adjustments_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[ItemInventoryAdjustmentsListResponseDTO]:
        """``Item.inventory_adjustments_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemInventoryAdjustmentsListResponseDTO]", self._resource.inventory_adjustments_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def standard(self, id: str) -> RawResponse[ItemResponseDTO]:
        """``Item.standard``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemResponseDTO]", self._resource.standard(id=id))

    def information(self, id: str) -> RawResponse[ItemResponseDTO]:
        """``Item.information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemResponseDTO]", self._resource.information(id=id))

    def sale(self, id: str) -> RawResponse[ItemSaleResponseDTO]:
        """``Item.sale``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemSaleResponseDTO]", self._resource.sale(id=id))

    def purchase(self, id: str) -> RawResponse[ItemPurchaseResponseDTO]:
        """``Item.purchase``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemPurchaseResponseDTO]", self._resource.purchase(id=id))

    def inventory(self, id: str) -> RawResponse[ItemInventoryResponseDTO]:
        """``Item.inventory``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemInventoryResponseDTO]", self._resource.inventory(id=id))

    def create(self, request_data: ItemActionDTO) -> RawResponse[ItemResponseDTO]:
        """``Item.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemResponseDTO]", self._resource.create(request_data=request_data))

    def sale_create(self, id: str, request_data: ItemActionDTO) -> RawResponse[ItemResponseDTO]:
        """``Item.sale_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemResponseDTO]", self._resource.sale_create(id=id, request_data=request_data))

    def purchase_create(self, id: str, request_data: ItemActionDTO) -> RawResponse[ItemResponseDTO]:
        """``Item.purchase_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemResponseDTO]", self._resource.purchase_create(id=id, request_data=request_data))

    def add(self, id: str, request_data: ItemInventoryResponseDTO) -> RawResponse[ItemResponseDTO]:
        """``Item.add``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemResponseDTO]", self._resource.add(id=id, request_data=request_data))

    def update_information(self, id: str, request_data: UpdateItemRequestDTO) -> RawResponse[ItemResponseDTO]:
        """``Item.update_information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemResponseDTO]", self._resource.update_information(id=id, request_data=request_data))

    def update_sale(self, id: str, request_data: UpdateSaleItemRequestDTO) -> RawResponse[ItemUpdateSaleResponseDTO]:
        """``Item.update_sale``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemUpdateSaleResponseDTO]", self._resource.update_sale(
            id=id,
            request_data=request_data,
        ))

    def inventories(self, id: str, request_data: ItemInventoryResponseDTO) -> RawResponse[ItemInventoryResponseDTO]:
        """``Item.inventories``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemInventoryResponseDTO]", self._resource.inventories(
            id=id,
            request_data=request_data,
        ))

    def reactivate(self, id: str) -> RawResponse[DeleteResult]:
        """``Item.reactivate``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.reactivate(id=id))

    def deactivate(self, id: str) -> RawResponse[DeleteResult]:
        """``Item.deactivate``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.deactivate(id=id))

    def delete(self, id: str) -> RawResponse[DeleteResult]:
        """``Item.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete(id=id))

    def update_inventories(self, item_id: str, request_data: ItemInventoryRequestDTO) -> RawResponse[ItemResponseDTO]:
        """``Item.update_inventories``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemResponseDTO]", self._resource.update_inventories(
            item_id=item_id,
            request_data=request_data,
        ))

    def update_purchase_information(
        self,
        item_id: str,
        request_data: ItemPurchaseRequestDTO,
    ) -> RawResponse[ItemResponseDTO]:
        """``Item.update_purchase_information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemResponseDTO]", self._resource.update_purchase_information(
            item_id=item_id,
            request_data=request_data,
        ))

    def family_details(self, id: str) -> RawResponse[Dict[str, Any]]:
        """``Item.family_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.family_details(id=id))

    def family_details_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> RawResponse[DeleteResult]:
        """``Item.family_details_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.family_details_create(id=id, request_data=request_data))

    def package_details_create(
        self,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``Item.package_details_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.package_details_create(
            id=id,
            request_data=request_data,
        ))

    def package_details_list(self, id: str) -> RawResponse[ItemPackageDetailsResponseDTO]:
        """``Item.package_details_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemPackageDetailsResponseDTO]", self._resource.package_details_list(id=id))

    def package_details(self, id: str, package_id: str) -> RawResponse[Dict[str, Any]]:
        """``Item.package_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.package_details(id=id, package_id=package_id))

    def package_details_update(
        self,
        id: str,
        package_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``Item.package_details_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.package_details_update(
            id=id,
            package_id=package_id,
            request_data=request_data,
        ))

    def package_details_delete(self, id: str, package_id: str) -> RawResponse[DeleteResult]:
        """``Item.package_details_delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.package_details_delete(id=id, package_id=package_id))


class AsyncItemRaw(RawResource):
    """``AsyncItem.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[ItemListResponseDTO]]:
        """``AsyncItem.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemListResponseDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def inventory_adjustments_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[ItemInventoryAdjustmentsListResponseDTO]]:
        """``AsyncItem.inventory_adjustments_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemInventoryAdjustmentsListResponseDTO]]", self._resource.inventory_adjustments_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def standard(self, id: str) -> Awaitable[RawResponse[ItemResponseDTO]]:
        """``AsyncItem.standard``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemResponseDTO]]", self._resource.standard(id=id))

    def information(self, id: str) -> Awaitable[RawResponse[ItemResponseDTO]]:
        """``AsyncItem.information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemResponseDTO]]", self._resource.information(id=id))

    def sale(self, id: str) -> Awaitable[RawResponse[ItemSaleResponseDTO]]:
        """``AsyncItem.sale``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemSaleResponseDTO]]", self._resource.sale(id=id))

    def purchase(self, id: str) -> Awaitable[RawResponse[ItemPurchaseResponseDTO]]:
        """``AsyncItem.purchase``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemPurchaseResponseDTO]]", self._resource.purchase(id=id))

    def inventory(self, id: str) -> Awaitable[RawResponse[ItemInventoryResponseDTO]]:
        """``AsyncItem.inventory``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemInventoryResponseDTO]]", self._resource.inventory(id=id))

    def create(self, request_data: ItemActionDTO) -> Awaitable[RawResponse[ItemResponseDTO]]:
        """``AsyncItem.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemResponseDTO]]", self._resource.create(request_data=request_data))

    def sale_create(self, id: str, request_data: ItemActionDTO) -> Awaitable[RawResponse[ItemResponseDTO]]:
        """``AsyncItem.sale_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemResponseDTO]]", self._resource.sale_create(
            id=id,
            request_data=request_data,
        ))

    def purchase_create(self, id: str, request_data: ItemActionDTO) -> Awaitable[RawResponse[ItemResponseDTO]]:
        """``AsyncItem.purchase_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemResponseDTO]]", self._resource.purchase_create(
            id=id,
            request_data=request_data,
        ))

    def add(self, id: str, request_data: ItemInventoryResponseDTO) -> Awaitable[RawResponse[ItemResponseDTO]]:
        """``AsyncItem.add``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemResponseDTO]]", self._resource.add(id=id, request_data=request_data))

    def update_information(
        self,
        id: str,
        request_data: UpdateItemRequestDTO,
    ) -> Awaitable[RawResponse[ItemResponseDTO]]:
        """``AsyncItem.update_information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemResponseDTO]]", self._resource.update_information(
            id=id,
            request_data=request_data,
        ))

    def update_sale(
        self,
        id: str,
        request_data: UpdateSaleItemRequestDTO,
    ) -> Awaitable[RawResponse[ItemUpdateSaleResponseDTO]]:
        """``AsyncItem.update_sale``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemUpdateSaleResponseDTO]]", self._resource.update_sale(
            id=id,
            request_data=request_data,
        ))

    def inventories(
        self,
        id: str,
        request_data: ItemInventoryResponseDTO,
    ) -> Awaitable[RawResponse[ItemInventoryResponseDTO]]:
        """``AsyncItem.inventories``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemInventoryResponseDTO]]", self._resource.inventories(
            id=id,
            request_data=request_data,
        ))

    def reactivate(self, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncItem.reactivate``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.reactivate(id=id))

    def deactivate(self, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncItem.deactivate``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.deactivate(id=id))

    def delete(self, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncItem.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete(id=id))

    def update_inventories(
        self,
        item_id: str,
        request_data: ItemInventoryRequestDTO,
    ) -> Awaitable[RawResponse[ItemResponseDTO]]:
        """``AsyncItem.update_inventories``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemResponseDTO]]", self._resource.update_inventories(
            item_id=item_id,
            request_data=request_data,
        ))

    def update_purchase_information(
        self,
        item_id: str,
        request_data: ItemPurchaseRequestDTO,
    ) -> Awaitable[RawResponse[ItemResponseDTO]]:
        """``AsyncItem.update_purchase_information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemResponseDTO]]", self._resource.update_purchase_information(
            item_id=item_id,
            request_data=request_data,
        ))

    def family_details(self, id: str) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncItem.family_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.family_details(id=id))

    def family_details_create(
        self,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncItem.family_details_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.family_details_create(
            id=id,
            request_data=request_data,
        ))

    def package_details_create(
        self,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncItem.package_details_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.package_details_create(
            id=id,
            request_data=request_data,
        ))

    def package_details_list(self, id: str) -> Awaitable[RawResponse[ItemPackageDetailsResponseDTO]]:
        """``AsyncItem.package_details_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemPackageDetailsResponseDTO]]", self._resource.package_details_list(id=id))

    def package_details(self, id: str, package_id: str) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncItem.package_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.package_details(
            id=id,
            package_id=package_id,
        ))

    def package_details_update(
        self,
        id: str,
        package_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncItem.package_details_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.package_details_update(
            id=id,
            package_id=package_id,
            request_data=request_data,
        ))

    def package_details_delete(self, id: str, package_id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncItem.package_details_delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.package_details_delete(
            id=id,
            package_id=package_id,
        ))
