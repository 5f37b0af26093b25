# generated from api/ — do not edit; run `make generate`
"""``sdk.order``: the order operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.order.dto.labour_order_dto import (
    LabourOrderDataDTO,
    LabourOrderListDTO,
)
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
    OrderDataDTO,
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

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Order(Resource):
    """``sdk.order``: the order operations of the documented SDK."""

    def create(self, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Creates a record in orders.

        POST /api/v2/orders

        Returns OrderDetailsDTO.
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.create", body=body, answer=OrderDetailsDTO)))

    def create_with_purchase(self, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Creates a record in orders.

        POST /api/v3/orders

        Returns OrderDetailsDTO.
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.create", body=body, version="v3", answer=OrderDetailsDTO)))

    def create_with_contract(self, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Creates a record in orders.

        POST /api/v2/orders

        Returns OrderDetailsDTO.
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.create", body=body, answer=OrderDetailsDTO)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> OrderListDTO:
        """One page of orders.

        GET /api/v2/orders

        Returns OrderListDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("OrderListDTO", self._run(Call("order.list", query=query, answer=OrderListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[OrderDataDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/orders

        Returns Iterator[OrderDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[OrderDataDTO]", self._iterate(Listing("order.list", [], query, limit, offset, OrderDataDTO)))

    def usage_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> UsageListDTO:
        """One page of usages.

        GET /api/v3/usages

        Returns UsageListDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("UsageListDTO", self._run(Call("order.usage_list", query=query, answer=UsageListDTO)))

    def usage_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[UsageDataDTO]:
        """Every record of ``usage_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/usages

        Returns Iterator[UsageDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[UsageDataDTO]", self._iterate(Listing("order.usage_list", [], query, limit, offset, UsageDataDTO)))

    def details(self, id: str) -> OrderDetailsDTO:
        """Reads one record of orders.

        GET /api/v2/orders/{id}

        Returns OrderDetailsDTO.
        """
        path = [args.ident("id", id)]
        return cast("OrderDetailsDTO", self._run(Call("order.details", path, answer=OrderDetailsDTO)))

    def usage_details(self, uuid: str) -> UsageDataDTO:
        """Reads one record of usages.

        GET /api/v3/usages/{uuid}

        Returns UsageDataDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("UsageDataDTO", self._run(Call("order.usage_details", path, answer=UsageDataDTO)))

    def bulk_result(self, bulk_id: str, request_id: str) -> OrderDetailsDTO:
        """Reads one record of bulk result.

        GET /api/v2/bulk_result/{bulk_id}/{request_id}

        Returns OrderDetailsDTO.
        """
        path = [args.ident("bulk_id", bulk_id), args.ident("request_id", request_id)]
        return cast("OrderDetailsDTO", self._run(Call("order.bulk_result", path, answer=OrderDetailsDTO)))

    def usage_modify(self, uuid: str, request_data: UsageCreateDTO) -> UsageDataDTO:
        """Updates one record of usages.

        PATCH /api/v3/usages/{uuid}

        Returns UsageDataDTO.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (UsageCreateDTO,))
        return cast("UsageDataDTO", self._run(Call("order.usage_modify", path, body=body, answer=UsageDataDTO)))

    def usage_update(self, uuid: str, request_data: UsageCreateDTO) -> UsageDataDTO:
        """Updates one record of usages.

        PUT /api/v2/usages/{uuid}

        Returns UsageDataDTO.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (UsageCreateDTO,))
        return cast("UsageDataDTO", self._run(Call("order.usage_update", path, body=body, answer=UsageDataDTO)))

    def usage_delete(self, uuid: str) -> DeleteResult:
        """Deletes one record of usages.

        DELETE /api/v3/usages/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResult", self._run(Call("order.usage_delete", path)))

    def cancel(self, id: str, effective_date: str) -> OrderCancelResponseDTO:
        """Runs cancel of the orders.

        POST /api/v2/orders/{id}/cancel

        Returns OrderCancelResponseDTO.
        """
        path = [args.ident("id", id)]
        body = args.fields({"effective_date": effective_date})
        return cast("OrderCancelResponseDTO", self._run(Call("order.cancel", path, body=body, wrap=True, answer=OrderCancelResponseDTO)))

    def add_usage(self, request_data: UsageCreateDTO) -> UsageDataDTO:
        """Creates a record in usages.

        POST /api/v3/usages

        Returns UsageDataDTO.
        """
        body = args.body("request_data", request_data, (UsageCreateDTO,))
        return cast("UsageDataDTO", self._run(Call("order.add_usage", body=body, answer=UsageDataDTO)))

    def add_multiple_usage(self, request_data: MultipleUsageCreateDTO) -> MultipleUsageResponseDTO:
        """Creates a record in usages.

        POST /api/v3/usages

        Returns MultipleUsageResponseDTO.
        """
        body = args.body("request_data", request_data, (MultipleUsageCreateDTO,))
        return cast("MultipleUsageResponseDTO", self._run(Call("order.add_usage", body=body, answer=MultipleUsageResponseDTO)))

    def upgrade(self, order_id: str, request_data: OrderUpgradeDTO) -> OrderDetailsDTO:
        """Runs upgrade of the orders.

        POST /api/v2/orders/{order_id}/upgrade

        Returns OrderDetailsDTO.
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderUpgradeDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.upgrade", path, body=body, answer=OrderDetailsDTO)))

    def contract_adjustment(
        self,
        order_id: str,
        request_data: ContractAdjustmentRequestDTO,
    ) -> ContractAdjustmentResponseDTO:
        """Runs contract adjustment of the orders.

        POST /api/v2/orders/{order_id}/contract-adjustment

        Returns ContractAdjustmentResponseDTO.
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (ContractAdjustmentRequestDTO,))
        return cast("ContractAdjustmentResponseDTO", self._run(Call("order.contract_adjustment", path, body=body, answer=ContractAdjustmentResponseDTO)))

    def contract_adjustment_preview(
        self,
        order_id: str,
        request_data: ContractAdjustmentPreviewRequestDTO,
    ) -> ContractAdjustmentPreviewResponseDTO:
        """Runs preview of the orders contract adjustment.

        POST /api/v3/orders/{order_id}/contract-adjustment/preview

        Returns ContractAdjustmentPreviewResponseDTO.
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (ContractAdjustmentPreviewRequestDTO,))
        return cast("ContractAdjustmentPreviewResponseDTO", self._run(Call("order.contract_adjustment_preview", path, body=body, answer=ContractAdjustmentPreviewResponseDTO)))

    def upgrade_preview(self, order_id: str, request_data: OrderUpgradePreviewDTO) -> OrderUpgradeDowngradeDTO:
        """Runs preview of the orders upgrade.

        POST /api/v2/orders/{order_id}/upgrade/preview

        Returns OrderUpgradeDowngradeDTO.
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderUpgradePreviewDTO,))
        return cast("OrderUpgradeDowngradeDTO", self._run(Call("order.upgrade_preview", path, body=body, answer=OrderUpgradeDowngradeDTO)))

    def downgrade(self, order_id: str, request_data: OrderDowngradeDTO) -> OrderDowngradeDetailsDTO:
        """Runs downgrade of the orders.

        POST /api/v2/orders/{order_id}/downgrade

        Returns OrderDowngradeDetailsDTO.
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderDowngradeDTO,))
        return cast("OrderDowngradeDetailsDTO", self._run(Call("order.downgrade", path, body=body, answer=OrderDowngradeDetailsDTO)))

    def downgrade_preview(self, order_id: str, request_data: OrderDowngradePreviewDTO) -> OrderUpgradeDowngradeDTO:
        """Runs preview of the orders downgrade.

        POST /api/v2/orders/{order_id}/downgrade/preview

        Returns OrderUpgradeDowngradeDTO.
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderDowngradePreviewDTO,))
        return cast("OrderUpgradeDowngradeDTO", self._run(Call("order.downgrade_preview", path, body=body, answer=OrderUpgradeDowngradeDTO)))

    def reactivate(self, id: str, effective_date: str) -> OrderCancelResponseDTO:
        """Runs reactivate of the orders.

        POST /api/v2/orders/{id}/reactivate

        Returns OrderCancelResponseDTO.
        """
        path = [args.ident("id", id)]
        body = args.fields({"effective_date": effective_date})
        return cast("OrderCancelResponseDTO", self._run(Call("order.reactivate", path, body=body, wrap=True, answer=OrderCancelResponseDTO)))

    def preorder(self, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Creates a record in preorder of the orders.

        POST /api/v2/orders/preorder

        Returns OrderDetailsDTO.
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.preorder", body=body, answer=OrderDetailsDTO)))

    def change(self, id: str, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Runs change of the orders.

        POST /api/v2/orders/{id}/change

        Returns OrderDetailsDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.change", path, body=body, answer=OrderDetailsDTO)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes one record of orders.

        DELETE /api/v3/orders/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("order.delete", path)))

    def order_quote_pdf(self, id: str) -> Any:
        """Reads the pdf of the orders.

        GET /api/v2/orders/{id}/pdf

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return self._run(Call("order.order_quote_pdf", path))

    def information(self, id: str) -> OrderDetailsDTO:
        """Reads the information of the orders.

        GET /api/v3/orders/{id}/information

        Returns OrderDetailsDTO.
        """
        path = [args.ident("id", id)]
        return cast("OrderDetailsDTO", self._run(Call("order.information", path, answer=OrderDetailsDTO)))

    def billing_preferences(self, id: str) -> OrderDetailsDTO:
        """Reads the billing preferences of the orders.

        GET /api/v3/orders/{id}/billing-preferences

        Returns OrderDetailsDTO.
        """
        path = [args.ident("id", id)]
        return cast("OrderDetailsDTO", self._run(Call("order.billing_preferences", path, answer=OrderDetailsDTO)))

    def lines(self, id: str) -> OrderDetailsDTO:
        """Reads the lines of the orders.

        GET /api/v3/orders/{id}/lines

        Returns OrderDetailsDTO.
        """
        path = [args.ident("id", id)]
        return cast("OrderDetailsDTO", self._run(Call("order.lines", path, answer=OrderDetailsDTO)))

    def lines_charge(self, id: str, charge_uuid: str) -> OrderDetailsDTO:
        """Reads one record of lines of the orders.

        GET /api/v3/orders/{id}/lines/{charge_uuid}

        Returns OrderDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("charge_uuid", charge_uuid)]
        return cast("OrderDetailsDTO", self._run(Call("order.lines_charge", path, answer=OrderDetailsDTO)))

    def account_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> order_dto_AccountOrdersResponseDTO:
        """One page of orders of the accounts.

        GET /api/v3/accounts/{id}/orders

        Returns order_dto_AccountOrdersResponseDTO.
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("order_dto_AccountOrdersResponseDTO", self._run(Call("order.account_list", path, query=query, answer=order_dto_AccountOrdersResponseDTO)))

    def account_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[OrderDataDTO]:
        """Every record of ``account_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/accounts/{id}/orders

        Returns Iterator[OrderDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[OrderDataDTO]", self._iterate(Listing("order.account_list", path, query, limit, offset, OrderDataDTO)))

    def update_information(self, id: str, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Updates the information of the orders.

        PATCH /api/v3/orders/{id}/information

        Returns OrderDetailsDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.update_information", path, body=body, answer=OrderDetailsDTO)))

    def update_line_information(self, id: str, uuid: str, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Updates the information of the orders lines.

        PATCH /api/v3/orders/{id}/lines/{uuid}/information

        Returns OrderDetailsDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.update_line_information", path, body=body, answer=OrderDetailsDTO)))

    def update_billing_preference(self, id: str, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Updates the billing preferences of the orders.

        PUT /api/v3/orders/{id}/billing-preferences

        Returns OrderDetailsDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.update_billing_preference", path, body=body, answer=OrderDetailsDTO)))

    def fill_in_billing_preference(self, id: str, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Updates the billing preferences of the orders.

        PATCH /api/v3/orders/{id}/billing-preferences

        Returns OrderDetailsDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.fill_in_billing_preference", path, body=body, answer=OrderDetailsDTO)))

    def relinquish(self, id: str, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Runs relinquish of the orders.

        POST /api/v3/orders/{id}/relinquish

        Returns OrderDetailsDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.relinquish", path, body=body, answer=OrderDetailsDTO)))

    def extend_trial(self, id: str, request_data: OrderExtendTrialRequestDTO) -> DeleteResult:
        """Runs extend trial of the orders.

        POST /api/v3/orders/{id}/extend_trial

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderExtendTrialRequestDTO,))
        return cast("DeleteResult", self._run(Call("order.extend_trial", path, body=body)))

    def payment_methods(self, id: str) -> OrderPaymentMethodsResponseDTO:
        """Reads the payment methods of the orders.

        GET /api/v3/orders/{id}/payment-methods

        Returns OrderPaymentMethodsResponseDTO.
        """
        path = [args.ident("id", id)]
        return cast("OrderPaymentMethodsResponseDTO", self._run(Call("order.payment_methods", path, answer=OrderPaymentMethodsResponseDTO)))

    def accept(self, id: str) -> OrderAcceptResponseDTO:
        """Runs accept of the orders.

        POST /api/v2/orders/{id}/accept

        Returns OrderAcceptResponseDTO.
        """
        path = [args.ident("id", id)]
        return cast("OrderAcceptResponseDTO", self._run(Call("order.accept", path, answer=OrderAcceptResponseDTO)))

    def activate(self, id: str, request_data: OrderActivateRequestDTO) -> OrderCancelResponseDTO:
        """Runs activate of the orders.

        POST /api/v2/orders/{id}/activate

        Returns OrderCancelResponseDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderActivateRequestDTO,))
        return cast("OrderCancelResponseDTO", self._run(Call("order.activate", path, body=body, answer=OrderCancelResponseDTO)))

    def change_status(self, id: str, workflow_status: str) -> OrderChangeStatusResponseDTO:
        """Runs change status of the orders.

        POST /api/v2/orders/{id}/change_status

        Returns OrderChangeStatusResponseDTO.
        """
        path = [args.ident("id", id)]
        body = args.fields({"workflow_status": workflow_status})
        return cast("OrderChangeStatusResponseDTO", self._run(Call("order.change_status", path, body=body, wrap=True, answer=OrderChangeStatusResponseDTO)))

    def convert_to_order(self, id: str) -> OrderDetailsDTO:
        """Runs convert to order of the orders.

        POST /api/v2/orders/{id}/convert_to_order

        Returns OrderDetailsDTO.
        """
        path = [args.ident("id", id)]
        return cast("OrderDetailsDTO", self._run(Call("order.convert_to_order", path, answer=OrderDetailsDTO)))

    def change_preview(
        self,
        order_id: str,
        request_data: OrderChangePreviewRequestDTO,
    ) -> OrderChangePreviewResponseDTO:
        """Runs preview of the orders change.

        POST /api/v2/orders/{order_id}/change/preview

        Returns OrderChangePreviewResponseDTO.
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderChangePreviewRequestDTO,))
        return cast("OrderChangePreviewResponseDTO", self._run(Call("order.change_preview", path, body=body, answer=OrderChangePreviewResponseDTO)))

    def labour_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> LabourOrderListDTO:
        """One page of orders of the labours.

        GET /api/v3/labours/{id}/orders

        Returns LabourOrderListDTO.
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("LabourOrderListDTO", self._run(Call("order.labour_list", path, query=query, answer=LabourOrderListDTO)))

    def labour_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[LabourOrderDataDTO]:
        """Every record of ``labour_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/labours/{id}/orders

        Returns Iterator[LabourOrderDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[LabourOrderDataDTO]", self._iterate(Listing("order.labour_list", path, query, limit, offset, LabourOrderDataDTO)))

    def update_item_billing_preferences(
        self,
        order_id: str,
        line_item_uuid: str,
        request_data: BillingPreferenceRequestDTO,
    ) -> OrderDetailsDTO:
        """Updates the billing preferences of the orders lines.

        PUT /api/v3/orders/{order_id}/lines/{line_item_uuid}/billing-preferences

        Returns OrderDetailsDTO.
        """
        path = [args.ident("order_id", order_id), args.ident("line_item_uuid", line_item_uuid)]
        body = args.body("request_data", request_data, (BillingPreferenceRequestDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.update_item_billing_preferences", path, body=body, answer=OrderDetailsDTO)))

    def api_action_script(
        self,
        auto_bill_script_uuid: str,
        request_data: ApiActionScriptRequestDTO,
    ) -> ApiActionScriptResponseDTO:
        """Updates the api action script.

        PATCH /api/v3/api-action-script

        Returns ApiActionScriptResponseDTO.
        """
        query = args.query([("autoBillScriptUuid", auto_bill_script_uuid)], None)
        body = args.body("request_data", request_data, (ApiActionScriptRequestDTO,))
        return cast("ApiActionScriptResponseDTO", self._run(Call("order.api_action_script", query=query, body=body, answer=ApiActionScriptResponseDTO)))


class AsyncOrder(Resource):
    """``sdk.order``: the order operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def create(self, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Creates a record in orders.

        POST /api/v2/orders

        Returns Awaitable[OrderDetailsDTO].
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.create", body=body, answer=OrderDetailsDTO)))

    def create_with_purchase(self, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Creates a record in orders.

        POST /api/v3/orders

        Returns Awaitable[OrderDetailsDTO].
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.create", body=body, version="v3", answer=OrderDetailsDTO)))

    def create_with_contract(self, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Creates a record in orders.

        POST /api/v2/orders

        Returns Awaitable[OrderDetailsDTO].
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.create", body=body, answer=OrderDetailsDTO)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[OrderListDTO]:
        """One page of orders.

        GET /api/v2/orders

        Returns Awaitable[OrderListDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[OrderListDTO]", self._run(Call("order.list", query=query, answer=OrderListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[OrderDataDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/orders

        Returns AsyncIterator[OrderDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[OrderDataDTO]", self._iterate(Listing("order.list", [], query, limit, offset, OrderDataDTO)))

    def usage_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[UsageListDTO]:
        """One page of usages.

        GET /api/v3/usages

        Returns Awaitable[UsageListDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[UsageListDTO]", self._run(Call("order.usage_list", query=query, answer=UsageListDTO)))

    def usage_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[UsageDataDTO]:
        """Every record of ``usage_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/usages

        Returns AsyncIterator[UsageDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[UsageDataDTO]", self._iterate(Listing("order.usage_list", [], query, limit, offset, UsageDataDTO)))

    def details(self, id: str) -> Awaitable[OrderDetailsDTO]:
        """Reads one record of orders.

        GET /api/v2/orders/{id}

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.details", path, answer=OrderDetailsDTO)))

    def usage_details(self, uuid: str) -> Awaitable[UsageDataDTO]:
        """Reads one record of usages.

        GET /api/v3/usages/{uuid}

        Returns Awaitable[UsageDataDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[UsageDataDTO]", self._run(Call("order.usage_details", path, answer=UsageDataDTO)))

    def bulk_result(self, bulk_id: str, request_id: str) -> Awaitable[OrderDetailsDTO]:
        """Reads one record of bulk result.

        GET /api/v2/bulk_result/{bulk_id}/{request_id}

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("bulk_id", bulk_id), args.ident("request_id", request_id)]
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.bulk_result", path, answer=OrderDetailsDTO)))

    def usage_modify(self, uuid: str, request_data: UsageCreateDTO) -> Awaitable[UsageDataDTO]:
        """Updates one record of usages.

        PATCH /api/v3/usages/{uuid}

        Returns Awaitable[UsageDataDTO].
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (UsageCreateDTO,))
        return cast("Awaitable[UsageDataDTO]", self._run(Call("order.usage_modify", path, body=body, answer=UsageDataDTO)))

    def usage_update(self, uuid: str, request_data: UsageCreateDTO) -> Awaitable[UsageDataDTO]:
        """Updates one record of usages.

        PUT /api/v2/usages/{uuid}

        Returns Awaitable[UsageDataDTO].
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (UsageCreateDTO,))
        return cast("Awaitable[UsageDataDTO]", self._run(Call("order.usage_update", path, body=body, answer=UsageDataDTO)))

    def usage_delete(self, uuid: str) -> Awaitable[DeleteResult]:
        """Deletes one record of usages.

        DELETE /api/v3/usages/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("order.usage_delete", path)))

    def cancel(self, id: str, effective_date: str) -> Awaitable[OrderCancelResponseDTO]:
        """Runs cancel of the orders.

        POST /api/v2/orders/{id}/cancel

        Returns Awaitable[OrderCancelResponseDTO].
        """
        path = [args.ident("id", id)]
        body = args.fields({"effective_date": effective_date})
        return cast("Awaitable[OrderCancelResponseDTO]", self._run(Call("order.cancel", path, body=body, wrap=True, answer=OrderCancelResponseDTO)))

    def add_usage(self, request_data: UsageCreateDTO) -> Awaitable[UsageDataDTO]:
        """Creates a record in usages.

        POST /api/v3/usages

        Returns Awaitable[UsageDataDTO].
        """
        body = args.body("request_data", request_data, (UsageCreateDTO,))
        return cast("Awaitable[UsageDataDTO]", self._run(Call("order.add_usage", body=body, answer=UsageDataDTO)))

    def add_multiple_usage(self, request_data: MultipleUsageCreateDTO) -> Awaitable[MultipleUsageResponseDTO]:
        """Creates a record in usages.

        POST /api/v3/usages

        Returns Awaitable[MultipleUsageResponseDTO].
        """
        body = args.body("request_data", request_data, (MultipleUsageCreateDTO,))
        return cast("Awaitable[MultipleUsageResponseDTO]", self._run(Call("order.add_usage", body=body, answer=MultipleUsageResponseDTO)))

    def upgrade(self, order_id: str, request_data: OrderUpgradeDTO) -> Awaitable[OrderDetailsDTO]:
        """Runs upgrade of the orders.

        POST /api/v2/orders/{order_id}/upgrade

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderUpgradeDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.upgrade", path, body=body, answer=OrderDetailsDTO)))

    def contract_adjustment(
        self,
        order_id: str,
        request_data: ContractAdjustmentRequestDTO,
    ) -> Awaitable[ContractAdjustmentResponseDTO]:
        """Runs contract adjustment of the orders.

        POST /api/v2/orders/{order_id}/contract-adjustment

        Returns Awaitable[ContractAdjustmentResponseDTO].
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (ContractAdjustmentRequestDTO,))
        return cast("Awaitable[ContractAdjustmentResponseDTO]", self._run(Call("order.contract_adjustment", path, body=body, answer=ContractAdjustmentResponseDTO)))

    def contract_adjustment_preview(
        self,
        order_id: str,
        request_data: ContractAdjustmentPreviewRequestDTO,
    ) -> Awaitable[ContractAdjustmentPreviewResponseDTO]:
        """Runs preview of the orders contract adjustment.

        POST /api/v3/orders/{order_id}/contract-adjustment/preview

        Returns Awaitable[ContractAdjustmentPreviewResponseDTO].
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (ContractAdjustmentPreviewRequestDTO,))
        return cast("Awaitable[ContractAdjustmentPreviewResponseDTO]", self._run(Call("order.contract_adjustment_preview", path, body=body, answer=ContractAdjustmentPreviewResponseDTO)))

    def upgrade_preview(
        self,
        order_id: str,
        request_data: OrderUpgradePreviewDTO,
    ) -> Awaitable[OrderUpgradeDowngradeDTO]:
        """Runs preview of the orders upgrade.

        POST /api/v2/orders/{order_id}/upgrade/preview

        Returns Awaitable[OrderUpgradeDowngradeDTO].
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderUpgradePreviewDTO,))
        return cast("Awaitable[OrderUpgradeDowngradeDTO]", self._run(Call("order.upgrade_preview", path, body=body, answer=OrderUpgradeDowngradeDTO)))

    def downgrade(self, order_id: str, request_data: OrderDowngradeDTO) -> Awaitable[OrderDowngradeDetailsDTO]:
        """Runs downgrade of the orders.

        POST /api/v2/orders/{order_id}/downgrade

        Returns Awaitable[OrderDowngradeDetailsDTO].
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderDowngradeDTO,))
        return cast("Awaitable[OrderDowngradeDetailsDTO]", self._run(Call("order.downgrade", path, body=body, answer=OrderDowngradeDetailsDTO)))

    def downgrade_preview(
        self,
        order_id: str,
        request_data: OrderDowngradePreviewDTO,
    ) -> Awaitable[OrderUpgradeDowngradeDTO]:
        """Runs preview of the orders downgrade.

        POST /api/v2/orders/{order_id}/downgrade/preview

        Returns Awaitable[OrderUpgradeDowngradeDTO].
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderDowngradePreviewDTO,))
        return cast("Awaitable[OrderUpgradeDowngradeDTO]", self._run(Call("order.downgrade_preview", path, body=body, answer=OrderUpgradeDowngradeDTO)))

    def reactivate(self, id: str, effective_date: str) -> Awaitable[OrderCancelResponseDTO]:
        """Runs reactivate of the orders.

        POST /api/v2/orders/{id}/reactivate

        Returns Awaitable[OrderCancelResponseDTO].
        """
        path = [args.ident("id", id)]
        body = args.fields({"effective_date": effective_date})
        return cast("Awaitable[OrderCancelResponseDTO]", self._run(Call("order.reactivate", path, body=body, wrap=True, answer=OrderCancelResponseDTO)))

    def preorder(self, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Creates a record in preorder of the orders.

        POST /api/v2/orders/preorder

        Returns Awaitable[OrderDetailsDTO].
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.preorder", body=body, answer=OrderDetailsDTO)))

    def change(self, id: str, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Runs change of the orders.

        POST /api/v2/orders/{id}/change

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.change", path, body=body, answer=OrderDetailsDTO)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of orders.

        DELETE /api/v3/orders/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("order.delete", path)))

    def order_quote_pdf(self, id: str) -> Awaitable[Any]:
        """Reads the pdf of the orders.

        GET /api/v2/orders/{id}/pdf

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("order.order_quote_pdf", path)))

    def information(self, id: str) -> Awaitable[OrderDetailsDTO]:
        """Reads the information of the orders.

        GET /api/v3/orders/{id}/information

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.information", path, answer=OrderDetailsDTO)))

    def billing_preferences(self, id: str) -> Awaitable[OrderDetailsDTO]:
        """Reads the billing preferences of the orders.

        GET /api/v3/orders/{id}/billing-preferences

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.billing_preferences", path, answer=OrderDetailsDTO)))

    def lines(self, id: str) -> Awaitable[OrderDetailsDTO]:
        """Reads the lines of the orders.

        GET /api/v3/orders/{id}/lines

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.lines", path, answer=OrderDetailsDTO)))

    def lines_charge(self, id: str, charge_uuid: str) -> Awaitable[OrderDetailsDTO]:
        """Reads one record of lines of the orders.

        GET /api/v3/orders/{id}/lines/{charge_uuid}

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("charge_uuid", charge_uuid)]
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.lines_charge", path, answer=OrderDetailsDTO)))

    def account_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[order_dto_AccountOrdersResponseDTO]:
        """One page of orders of the accounts.

        GET /api/v3/accounts/{id}/orders

        Returns Awaitable[order_dto_AccountOrdersResponseDTO].
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[order_dto_AccountOrdersResponseDTO]", self._run(Call("order.account_list", path, query=query, answer=order_dto_AccountOrdersResponseDTO)))

    def account_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[OrderDataDTO]:
        """Every record of ``account_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/accounts/{id}/orders

        Returns AsyncIterator[OrderDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[OrderDataDTO]", self._iterate(Listing("order.account_list", path, query, limit, offset, OrderDataDTO)))

    def update_information(self, id: str, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Updates the information of the orders.

        PATCH /api/v3/orders/{id}/information

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.update_information", path, body=body, answer=OrderDetailsDTO)))

    def update_line_information(self, id: str, uuid: str, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Updates the information of the orders lines.

        PATCH /api/v3/orders/{id}/lines/{uuid}/information

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.update_line_information", path, body=body, answer=OrderDetailsDTO)))

    def update_billing_preference(self, id: str, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Updates the billing preferences of the orders.

        PUT /api/v3/orders/{id}/billing-preferences

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.update_billing_preference", path, body=body, answer=OrderDetailsDTO)))

    def fill_in_billing_preference(self, id: str, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Updates the billing preferences of the orders.

        PATCH /api/v3/orders/{id}/billing-preferences

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.fill_in_billing_preference", path, body=body, answer=OrderDetailsDTO)))

    def relinquish(self, id: str, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Runs relinquish of the orders.

        POST /api/v3/orders/{id}/relinquish

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.relinquish", path, body=body, answer=OrderDetailsDTO)))

    def extend_trial(self, id: str, request_data: OrderExtendTrialRequestDTO) -> Awaitable[DeleteResult]:
        """Runs extend trial of the orders.

        POST /api/v3/orders/{id}/extend_trial

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderExtendTrialRequestDTO,))
        return cast("Awaitable[DeleteResult]", self._run(Call("order.extend_trial", path, body=body)))

    def payment_methods(self, id: str) -> Awaitable[OrderPaymentMethodsResponseDTO]:
        """Reads the payment methods of the orders.

        GET /api/v3/orders/{id}/payment-methods

        Returns Awaitable[OrderPaymentMethodsResponseDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderPaymentMethodsResponseDTO]", self._run(Call("order.payment_methods", path, answer=OrderPaymentMethodsResponseDTO)))

    def accept(self, id: str) -> Awaitable[OrderAcceptResponseDTO]:
        """Runs accept of the orders.

        POST /api/v2/orders/{id}/accept

        Returns Awaitable[OrderAcceptResponseDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderAcceptResponseDTO]", self._run(Call("order.accept", path, answer=OrderAcceptResponseDTO)))

    def activate(self, id: str, request_data: OrderActivateRequestDTO) -> Awaitable[OrderCancelResponseDTO]:
        """Runs activate of the orders.

        POST /api/v2/orders/{id}/activate

        Returns Awaitable[OrderCancelResponseDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderActivateRequestDTO,))
        return cast("Awaitable[OrderCancelResponseDTO]", self._run(Call("order.activate", path, body=body, answer=OrderCancelResponseDTO)))

    def change_status(self, id: str, workflow_status: str) -> Awaitable[OrderChangeStatusResponseDTO]:
        """Runs change status of the orders.

        POST /api/v2/orders/{id}/change_status

        Returns Awaitable[OrderChangeStatusResponseDTO].
        """
        path = [args.ident("id", id)]
        body = args.fields({"workflow_status": workflow_status})
        return cast("Awaitable[OrderChangeStatusResponseDTO]", self._run(Call("order.change_status", path, body=body, wrap=True, answer=OrderChangeStatusResponseDTO)))

    def convert_to_order(self, id: str) -> Awaitable[OrderDetailsDTO]:
        """Runs convert to order of the orders.

        POST /api/v2/orders/{id}/convert_to_order

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.convert_to_order", path, answer=OrderDetailsDTO)))

    def change_preview(
        self,
        order_id: str,
        request_data: OrderChangePreviewRequestDTO,
    ) -> Awaitable[OrderChangePreviewResponseDTO]:
        """Runs preview of the orders change.

        POST /api/v2/orders/{order_id}/change/preview

        Returns Awaitable[OrderChangePreviewResponseDTO].
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderChangePreviewRequestDTO,))
        return cast("Awaitable[OrderChangePreviewResponseDTO]", self._run(Call("order.change_preview", path, body=body, answer=OrderChangePreviewResponseDTO)))

    def labour_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[LabourOrderListDTO]:
        """One page of orders of the labours.

        GET /api/v3/labours/{id}/orders

        Returns Awaitable[LabourOrderListDTO].
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[LabourOrderListDTO]", self._run(Call("order.labour_list", path, query=query, answer=LabourOrderListDTO)))

    def labour_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[LabourOrderDataDTO]:
        """Every record of ``labour_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/labours/{id}/orders

        Returns AsyncIterator[LabourOrderDataDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[LabourOrderDataDTO]", self._iterate(Listing("order.labour_list", path, query, limit, offset, LabourOrderDataDTO)))

    def update_item_billing_preferences(
        self,
        order_id: str,
        line_item_uuid: str,
        request_data: BillingPreferenceRequestDTO,
    ) -> Awaitable[OrderDetailsDTO]:
        """Updates the billing preferences of the orders lines.

        PUT /api/v3/orders/{order_id}/lines/{line_item_uuid}/billing-preferences

        Returns Awaitable[OrderDetailsDTO].
        """
        path = [args.ident("order_id", order_id), args.ident("line_item_uuid", line_item_uuid)]
        body = args.body("request_data", request_data, (BillingPreferenceRequestDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.update_item_billing_preferences", path, body=body, answer=OrderDetailsDTO)))

    def api_action_script(
        self,
        auto_bill_script_uuid: str,
        request_data: ApiActionScriptRequestDTO,
    ) -> Awaitable[ApiActionScriptResponseDTO]:
        """Updates the api action script.

        PATCH /api/v3/api-action-script

        Returns Awaitable[ApiActionScriptResponseDTO].
        """
        query = args.query([("autoBillScriptUuid", auto_bill_script_uuid)], None)
        body = args.body("request_data", request_data, (ApiActionScriptRequestDTO,))
        return cast("Awaitable[ApiActionScriptResponseDTO]", self._run(Call("order.api_action_script", query=query, body=body, answer=ApiActionScriptResponseDTO)))
