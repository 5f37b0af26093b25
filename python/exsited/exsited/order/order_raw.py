# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.order``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.order.dto.labour_order_dto import LabourOrderListDTO
from exsited.exsited.order.dto.order_dto import (
    AccountOrdersResponseDTO as order_dto_AccountOrdersResponseDTO,
    ApiActionScriptRequestDTO,
    ApiActionScriptResponseDTO,
    BillingPreferenceRequestDTO,
    ContractAdjustmentPreviewRequestDTO,
    ContractAdjustmentPreviewResponseDTO,
    ContractAdjustmentRequestDTO,
    ContractAdjustmentResponseDTO,
    OrderActivateRequestDTO,
    OrderCancelResponseDTO,
    OrderChangePreviewRequestDTO,
    OrderChangePreviewResponseDTO,
    OrderChangeStatusResponseDTO,
    OrderCreateDTO,
    OrderDetailsDTO,
    OrderDowngradeDTO,
    OrderDowngradeDetailsDTO,
    OrderDowngradePreviewDTO,
    OrderExtendTrialRequestDTO,
    OrderListDTO,
    OrderPaymentMethodsResponseDTO,
    OrderUpgradeDTO,
    OrderUpgradeDowngradeDTO,
    OrderUpgradePreviewDTO,
)
from exsited.exsited.order.dto.order_nested_dto import OrderAcceptResponseDTO
from exsited.exsited.order.dto.usage_dto import (
    MultipleUsageCreateDTO,
    MultipleUsageResponseDTO,
    UsageCreateDTO,
    UsageDataDTO,
    UsageListDTO,
)
from exsited.exsited.order.order import DeleteResult


class OrderRaw(RawResource):
    """``Order.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def create(self, request_data: OrderCreateDTO) -> RawResponse[OrderDetailsDTO]:
        """``Order.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.create(request_data=request_data))

    def create_with_purchase(self, request_data: OrderCreateDTO) -> RawResponse[OrderDetailsDTO]:
        """``Order.create_with_purchase``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.create_with_purchase(request_data=request_data))

    def create_with_contract(self, request_data: OrderCreateDTO) -> RawResponse[OrderDetailsDTO]:
        """``Order.create_with_contract``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.create_with_contract(request_data=request_data))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[OrderListDTO]:
        """``Order.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def usage_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[UsageListDTO]:
        """``Order.usage_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[UsageListDTO]", self._resource.usage_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> RawResponse[OrderDetailsDTO]:
        """``Order.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.details(id=id))

    def usage_details(self, uuid: str) -> RawResponse[UsageDataDTO]:
        """``Order.usage_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[UsageDataDTO]", self._resource.usage_details(uuid=uuid))

    def bulk_result(self, bulk_id: str, request_id: str) -> RawResponse[OrderDetailsDTO]:
        """``Order.bulk_result``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.bulk_result(bulk_id=bulk_id, request_id=request_id))

    def usage_modify(self, uuid: str, request_data: UsageCreateDTO) -> RawResponse[UsageDataDTO]:
        """``Order.usage_modify``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[UsageDataDTO]", self._resource.usage_modify(uuid=uuid, request_data=request_data))

    def usage_update(self, uuid: str, request_data: UsageCreateDTO) -> RawResponse[UsageDataDTO]:
        """``Order.usage_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[UsageDataDTO]", self._resource.usage_update(uuid=uuid, request_data=request_data))

    def usage_delete(self, uuid: str) -> RawResponse[DeleteResult]:
        """``Order.usage_delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.usage_delete(uuid=uuid))

    def cancel(self, id: str, effective_date: str) -> RawResponse[OrderCancelResponseDTO]:
        """``Order.cancel``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderCancelResponseDTO]", self._resource.cancel(id=id, effective_date=effective_date))

    def add_usage(self, request_data: UsageCreateDTO) -> RawResponse[UsageDataDTO]:
        """``Order.add_usage``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[UsageDataDTO]", self._resource.add_usage(request_data=request_data))

    def add_multiple_usage(self, request_data: MultipleUsageCreateDTO) -> RawResponse[MultipleUsageResponseDTO]:
        """``Order.add_multiple_usage``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[MultipleUsageResponseDTO]", self._resource.add_multiple_usage(
            request_data=request_data,
        ))

    def upgrade(self, order_id: str, request_data: OrderUpgradeDTO) -> RawResponse[OrderDetailsDTO]:
        """``Order.upgrade``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.upgrade(
            order_id=order_id,
            request_data=request_data,
        ))

    def contract_adjustment(
        self,
        order_id: str,
        request_data: ContractAdjustmentRequestDTO,
    ) -> RawResponse[ContractAdjustmentResponseDTO]:
        """``Order.contract_adjustment``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ContractAdjustmentResponseDTO]", self._resource.contract_adjustment(
            order_id=order_id,
            request_data=request_data,
        ))

    def contract_adjustment_preview(
        self,
        order_id: str,
        request_data: ContractAdjustmentPreviewRequestDTO,
    ) -> RawResponse[ContractAdjustmentPreviewResponseDTO]:
        """``Order.contract_adjustment_preview``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ContractAdjustmentPreviewResponseDTO]", self._resource.contract_adjustment_preview(
            order_id=order_id,
            request_data=request_data,
        ))

    def upgrade_preview(
        self,
        order_id: str,
        request_data: OrderUpgradePreviewDTO,
    ) -> RawResponse[OrderUpgradeDowngradeDTO]:
        """``Order.upgrade_preview``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderUpgradeDowngradeDTO]", self._resource.upgrade_preview(
            order_id=order_id,
            request_data=request_data,
        ))

    def downgrade(self, order_id: str, request_data: OrderDowngradeDTO) -> RawResponse[OrderDowngradeDetailsDTO]:
        """``Order.downgrade``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDowngradeDetailsDTO]", self._resource.downgrade(
            order_id=order_id,
            request_data=request_data,
        ))

    def downgrade_preview(
        self,
        order_id: str,
        request_data: OrderDowngradePreviewDTO,
    ) -> RawResponse[OrderUpgradeDowngradeDTO]:
        """``Order.downgrade_preview``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderUpgradeDowngradeDTO]", self._resource.downgrade_preview(
            order_id=order_id,
            request_data=request_data,
        ))

    def reactivate(self, id: str, effective_date: str) -> RawResponse[OrderCancelResponseDTO]:
        """``Order.reactivate``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderCancelResponseDTO]", self._resource.reactivate(
            id=id,
            effective_date=effective_date,
        ))

    def preorder(self, request_data: OrderCreateDTO) -> RawResponse[OrderDetailsDTO]:
        """``Order.preorder``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.preorder(request_data=request_data))

    def change(self, id: str, request_data: OrderCreateDTO) -> RawResponse[OrderDetailsDTO]:
        """``Order.change``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.change(id=id, request_data=request_data))

    def delete(self, id: str) -> RawResponse[DeleteResult]:
        """``Order.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete(id=id))

    def order_quote_pdf(self, id: str) -> RawResponse[Union[bytes, str]]:
        """``Order.order_quote_pdf``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Union[bytes, str]]", self._resource.order_quote_pdf(id=id))

    def information(self, id: str) -> RawResponse[OrderDetailsDTO]:
        """``Order.information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.information(id=id))

    def billing_preferences(self, id: str) -> RawResponse[OrderDetailsDTO]:
        """``Order.billing_preferences``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.billing_preferences(id=id))

    def lines(self, id: str) -> RawResponse[OrderDetailsDTO]:
        """``Order.lines``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.lines(id=id))

    def lines_charge(self, id: str, charge_uuid: str) -> RawResponse[OrderDetailsDTO]:
        """``Order.lines_charge``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.lines_charge(id=id, charge_uuid=charge_uuid))

    def account_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[order_dto_AccountOrdersResponseDTO]:
        """``Order.account_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[order_dto_AccountOrdersResponseDTO]", self._resource.account_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def update_information(self, id: str, request_data: OrderCreateDTO) -> RawResponse[OrderDetailsDTO]:
        """``Order.update_information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.update_information(id=id, request_data=request_data))

    def update_line_information(self, id: str, uuid: str, request_data: OrderCreateDTO) -> RawResponse[OrderDetailsDTO]:
        """``Order.update_line_information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.update_line_information(
            id=id,
            uuid=uuid,
            request_data=request_data,
        ))

    def update_billing_preference(self, id: str, request_data: OrderCreateDTO) -> RawResponse[OrderDetailsDTO]:
        """``Order.update_billing_preference``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.update_billing_preference(
            id=id,
            request_data=request_data,
        ))

    def fill_in_billing_preference(self, id: str, request_data: OrderCreateDTO) -> RawResponse[OrderDetailsDTO]:
        """``Order.fill_in_billing_preference``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.fill_in_billing_preference(
            id=id,
            request_data=request_data,
        ))

    def relinquish(self, id: str, request_data: OrderCreateDTO) -> RawResponse[OrderDetailsDTO]:
        """``Order.relinquish``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.relinquish(id=id, request_data=request_data))

    def extend_trial(self, id: str, request_data: OrderExtendTrialRequestDTO) -> RawResponse[DeleteResult]:
        """``Order.extend_trial``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.extend_trial(id=id, request_data=request_data))

    def payment_methods(self, id: str) -> RawResponse[OrderPaymentMethodsResponseDTO]:
        """``Order.payment_methods``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderPaymentMethodsResponseDTO]", self._resource.payment_methods(id=id))

    def accept(self, id: str) -> RawResponse[OrderAcceptResponseDTO]:
        """``Order.accept``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderAcceptResponseDTO]", self._resource.accept(id=id))

    def activate(self, id: str, request_data: OrderActivateRequestDTO) -> RawResponse[OrderCancelResponseDTO]:
        """``Order.activate``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderCancelResponseDTO]", self._resource.activate(id=id, request_data=request_data))

    def change_status(self, id: str, workflow_status: str) -> RawResponse[OrderChangeStatusResponseDTO]:
        """``Order.change_status``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderChangeStatusResponseDTO]", self._resource.change_status(
            id=id,
            workflow_status=workflow_status,
        ))

    def convert_to_order(self, id: str) -> RawResponse[OrderDetailsDTO]:
        """``Order.convert_to_order``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.convert_to_order(id=id))

    def change_preview(
        self,
        order_id: str,
        request_data: OrderChangePreviewRequestDTO,
    ) -> RawResponse[OrderChangePreviewResponseDTO]:
        """``Order.change_preview``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderChangePreviewResponseDTO]", self._resource.change_preview(
            order_id=order_id,
            request_data=request_data,
        ))

    def labour_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[LabourOrderListDTO]:
        """``Order.labour_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourOrderListDTO]", self._resource.labour_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def update_item_billing_preferences(
        self,
        order_id: str,
        line_item_uuid: str,
        request_data: BillingPreferenceRequestDTO,
    ) -> RawResponse[OrderDetailsDTO]:
        """``Order.update_item_billing_preferences``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.update_item_billing_preferences(
            order_id=order_id,
            line_item_uuid=line_item_uuid,
            request_data=request_data,
        ))

    def api_action_script(
        self,
        auto_bill_script_uuid: str,
        request_data: ApiActionScriptRequestDTO,
    ) -> RawResponse[ApiActionScriptResponseDTO]:
        """``Order.api_action_script``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ApiActionScriptResponseDTO]", self._resource.api_action_script(
            auto_bill_script_uuid=auto_bill_script_uuid,
            request_data=request_data,
        ))


class AsyncOrderRaw(RawResource):
    """``AsyncOrder.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def create(self, request_data: OrderCreateDTO) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.create(request_data=request_data))

    def create_with_purchase(self, request_data: OrderCreateDTO) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.create_with_purchase``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.create_with_purchase(
            request_data=request_data,
        ))

    def create_with_contract(self, request_data: OrderCreateDTO) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.create_with_contract``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.create_with_contract(
            request_data=request_data,
        ))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[OrderListDTO]]:
        """``AsyncOrder.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def usage_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[UsageListDTO]]:
        """``AsyncOrder.usage_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[UsageListDTO]]", self._resource.usage_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.details(id=id))

    def usage_details(self, uuid: str) -> Awaitable[RawResponse[UsageDataDTO]]:
        """``AsyncOrder.usage_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[UsageDataDTO]]", self._resource.usage_details(uuid=uuid))

    def bulk_result(self, bulk_id: str, request_id: str) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.bulk_result``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.bulk_result(
            bulk_id=bulk_id,
            request_id=request_id,
        ))

    def usage_modify(self, uuid: str, request_data: UsageCreateDTO) -> Awaitable[RawResponse[UsageDataDTO]]:
        """``AsyncOrder.usage_modify``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[UsageDataDTO]]", self._resource.usage_modify(
            uuid=uuid,
            request_data=request_data,
        ))

    def usage_update(self, uuid: str, request_data: UsageCreateDTO) -> Awaitable[RawResponse[UsageDataDTO]]:
        """``AsyncOrder.usage_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[UsageDataDTO]]", self._resource.usage_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def usage_delete(self, uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncOrder.usage_delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.usage_delete(uuid=uuid))

    def cancel(self, id: str, effective_date: str) -> Awaitable[RawResponse[OrderCancelResponseDTO]]:
        """``AsyncOrder.cancel``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderCancelResponseDTO]]", self._resource.cancel(
            id=id,
            effective_date=effective_date,
        ))

    def add_usage(self, request_data: UsageCreateDTO) -> Awaitable[RawResponse[UsageDataDTO]]:
        """``AsyncOrder.add_usage``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[UsageDataDTO]]", self._resource.add_usage(request_data=request_data))

    def add_multiple_usage(
        self,
        request_data: MultipleUsageCreateDTO,
    ) -> Awaitable[RawResponse[MultipleUsageResponseDTO]]:
        """``AsyncOrder.add_multiple_usage``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[MultipleUsageResponseDTO]]", self._resource.add_multiple_usage(
            request_data=request_data,
        ))

    def upgrade(self, order_id: str, request_data: OrderUpgradeDTO) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.upgrade``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.upgrade(
            order_id=order_id,
            request_data=request_data,
        ))

    def contract_adjustment(
        self,
        order_id: str,
        request_data: ContractAdjustmentRequestDTO,
    ) -> Awaitable[RawResponse[ContractAdjustmentResponseDTO]]:
        """``AsyncOrder.contract_adjustment``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ContractAdjustmentResponseDTO]]", self._resource.contract_adjustment(
            order_id=order_id,
            request_data=request_data,
        ))

    def contract_adjustment_preview(
        self,
        order_id: str,
        request_data: ContractAdjustmentPreviewRequestDTO,
    ) -> Awaitable[RawResponse[ContractAdjustmentPreviewResponseDTO]]:
        """``AsyncOrder.contract_adjustment_preview``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ContractAdjustmentPreviewResponseDTO]]", self._resource.contract_adjustment_preview(
            order_id=order_id,
            request_data=request_data,
        ))

    def upgrade_preview(
        self,
        order_id: str,
        request_data: OrderUpgradePreviewDTO,
    ) -> Awaitable[RawResponse[OrderUpgradeDowngradeDTO]]:
        """``AsyncOrder.upgrade_preview``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderUpgradeDowngradeDTO]]", self._resource.upgrade_preview(
            order_id=order_id,
            request_data=request_data,
        ))

    def downgrade(
        self,
        order_id: str,
        request_data: OrderDowngradeDTO,
    ) -> Awaitable[RawResponse[OrderDowngradeDetailsDTO]]:
        """``AsyncOrder.downgrade``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDowngradeDetailsDTO]]", self._resource.downgrade(
            order_id=order_id,
            request_data=request_data,
        ))

    def downgrade_preview(
        self,
        order_id: str,
        request_data: OrderDowngradePreviewDTO,
    ) -> Awaitable[RawResponse[OrderUpgradeDowngradeDTO]]:
        """``AsyncOrder.downgrade_preview``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderUpgradeDowngradeDTO]]", self._resource.downgrade_preview(
            order_id=order_id,
            request_data=request_data,
        ))

    def reactivate(self, id: str, effective_date: str) -> Awaitable[RawResponse[OrderCancelResponseDTO]]:
        """``AsyncOrder.reactivate``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderCancelResponseDTO]]", self._resource.reactivate(
            id=id,
            effective_date=effective_date,
        ))

    def preorder(self, request_data: OrderCreateDTO) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.preorder``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.preorder(request_data=request_data))

    def change(self, id: str, request_data: OrderCreateDTO) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.change``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.change(id=id, request_data=request_data))

    def delete(self, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncOrder.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete(id=id))

    def order_quote_pdf(self, id: str) -> Awaitable[RawResponse[Union[bytes, str]]]:
        """``AsyncOrder.order_quote_pdf``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Union[bytes, str]]]", self._resource.order_quote_pdf(id=id))

    def information(self, id: str) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.information(id=id))

    def billing_preferences(self, id: str) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.billing_preferences``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.billing_preferences(id=id))

    def lines(self, id: str) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.lines``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.lines(id=id))

    def lines_charge(self, id: str, charge_uuid: str) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.lines_charge``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.lines_charge(
            id=id,
            charge_uuid=charge_uuid,
        ))

    def account_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[order_dto_AccountOrdersResponseDTO]]:
        """``AsyncOrder.account_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[order_dto_AccountOrdersResponseDTO]]", self._resource.account_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def update_information(self, id: str, request_data: OrderCreateDTO) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.update_information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.update_information(
            id=id,
            request_data=request_data,
        ))

    def update_line_information(
        self,
        id: str,
        uuid: str,
        request_data: OrderCreateDTO,
    ) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.update_line_information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.update_line_information(
            id=id,
            uuid=uuid,
            request_data=request_data,
        ))

    def update_billing_preference(
        self,
        id: str,
        request_data: OrderCreateDTO,
    ) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.update_billing_preference``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.update_billing_preference(
            id=id,
            request_data=request_data,
        ))

    def fill_in_billing_preference(
        self,
        id: str,
        request_data: OrderCreateDTO,
    ) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.fill_in_billing_preference``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.fill_in_billing_preference(
            id=id,
            request_data=request_data,
        ))

    def relinquish(self, id: str, request_data: OrderCreateDTO) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.relinquish``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.relinquish(
            id=id,
            request_data=request_data,
        ))

    def extend_trial(self, id: str, request_data: OrderExtendTrialRequestDTO) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncOrder.extend_trial``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.extend_trial(
            id=id,
            request_data=request_data,
        ))

    def payment_methods(self, id: str) -> Awaitable[RawResponse[OrderPaymentMethodsResponseDTO]]:
        """``AsyncOrder.payment_methods``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderPaymentMethodsResponseDTO]]", self._resource.payment_methods(id=id))

    def accept(self, id: str) -> Awaitable[RawResponse[OrderAcceptResponseDTO]]:
        """``AsyncOrder.accept``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderAcceptResponseDTO]]", self._resource.accept(id=id))

    def activate(
        self,
        id: str,
        request_data: OrderActivateRequestDTO,
    ) -> Awaitable[RawResponse[OrderCancelResponseDTO]]:
        """``AsyncOrder.activate``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderCancelResponseDTO]]", self._resource.activate(
            id=id,
            request_data=request_data,
        ))

    def change_status(self, id: str, workflow_status: str) -> Awaitable[RawResponse[OrderChangeStatusResponseDTO]]:
        """``AsyncOrder.change_status``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderChangeStatusResponseDTO]]", self._resource.change_status(
            id=id,
            workflow_status=workflow_status,
        ))

    def convert_to_order(self, id: str) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.convert_to_order``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.convert_to_order(id=id))

    def change_preview(
        self,
        order_id: str,
        request_data: OrderChangePreviewRequestDTO,
    ) -> Awaitable[RawResponse[OrderChangePreviewResponseDTO]]:
        """``AsyncOrder.change_preview``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderChangePreviewResponseDTO]]", self._resource.change_preview(
            order_id=order_id,
            request_data=request_data,
        ))

    def labour_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[LabourOrderListDTO]]:
        """``AsyncOrder.labour_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourOrderListDTO]]", self._resource.labour_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def update_item_billing_preferences(
        self,
        order_id: str,
        line_item_uuid: str,
        request_data: BillingPreferenceRequestDTO,
    ) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncOrder.update_item_billing_preferences``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.update_item_billing_preferences(
            order_id=order_id,
            line_item_uuid=line_item_uuid,
            request_data=request_data,
        ))

    def api_action_script(
        self,
        auto_bill_script_uuid: str,
        request_data: ApiActionScriptRequestDTO,
    ) -> Awaitable[RawResponse[ApiActionScriptResponseDTO]]:
        """``AsyncOrder.api_action_script``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ApiActionScriptResponseDTO]]", self._resource.api_action_script(
            auto_bill_script_uuid=auto_bill_script_uuid,
            request_data=request_data,
        ))
