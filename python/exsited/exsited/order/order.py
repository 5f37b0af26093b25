# generated from api/ — do not edit; run `make generate`
"""``sdk.order``: the order operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Order(Resource):
    """``sdk.order``: the order operations of the documented SDK."""

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in orders.

        POST /api/v2/orders

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.create", body=body))

    def create_with_purchase(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in orders.

        POST /api/v3/orders

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.create", body=body, version="v3"))

    def create_with_contract(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in orders.

        POST /api/v2/orders

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.create", body=body))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of orders.

        GET /api/v2/orders

        Returns the answer's JSON as plain data (documented as OrderListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("order.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/orders

        Returns the answer's JSON as plain data (documented as OrderDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("order.list", [], query, limit, offset, None)))

    def usage_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of usages.

        GET /api/v3/usages

        Returns the answer's JSON as plain data (documented as UsageListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("order.usage_list", query=query))

    def usage_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``usage_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/usages

        Returns the answer's JSON as plain data (documented as UsageDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("order.usage_list", [], query, limit, offset, None)))

    def details(self, id: str) -> Any:
        """Reads one record of orders.

        GET /api/v2/orders/{id}

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("order.details", path))

    def usage_details(self, uuid: str) -> Any:
        """Reads one record of usages.

        GET /api/v3/usages/{uuid}

        Returns the answer's JSON as plain data (documented as UsageDataDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("order.usage_details", path))

    def bulk_result(self, bulk_id: str, request_id: str) -> Any:
        """Reads one record of bulk result.

        GET /api/v2/bulk_result/{bulk_id}/{request_id}

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("bulk_id", bulk_id), args.ident("request_id", request_id)]
        return self._run(Call("order.bulk_result", path))

    def usage_modify(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of usages.

        PATCH /api/v3/usages/{uuid}

        Returns the answer's JSON as plain data (documented as UsageDataDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.usage_modify", path, body=body))

    def usage_update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of usages.

        PUT /api/v2/usages/{uuid}

        Returns the answer's JSON as plain data (documented as UsageDataDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.usage_update", path, body=body))

    def usage_delete(self, uuid: str) -> DeleteResult:
        """Deletes one record of usages.

        DELETE /api/v3/usages/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResult", self._run(Call("order.usage_delete", path)))

    def cancel(self, id: str, effective_date: str) -> Any:
        """Runs cancel of the orders.

        POST /api/v2/orders/{id}/cancel

        Returns the answer's JSON as plain data (documented as OrderCancelResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.fields({"effective_date": effective_date})
        return self._run(Call("order.cancel", path, body=body, wrap=True))

    def add_usage(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in usages.

        POST /api/v3/usages

        Returns the answer's JSON as plain data (documented as UsageDataDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.add_usage", body=body))

    def add_multiple_usage(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in usages.

        POST /api/v3/usages

        Returns the answer's JSON as plain data (documented as MultipleUsageResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.add_usage", body=body))

    def upgrade(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs upgrade of the orders.

        POST /api/v2/orders/{order_id}/upgrade

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.upgrade", path, body=body))

    def contract_adjustment(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs contract adjustment of the orders.

        POST /api/v2/orders/{order_id}/contract-adjustment

        Returns the answer's JSON as plain data (documented as ContractAdjustmentResponseDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.contract_adjustment", path, body=body))

    def contract_adjustment_preview(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs preview of the orders contract adjustment.

        POST /api/v3/orders/{order_id}/contract-adjustment/preview

        Returns the answer's JSON as plain data (documented as ContractAdjustmentPreviewResponseDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.contract_adjustment_preview", path, body=body))

    def upgrade_preview(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs preview of the orders upgrade.

        POST /api/v2/orders/{order_id}/upgrade/preview

        Returns the answer's JSON as plain data (documented as OrderUpgradeDowngradeDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.upgrade_preview", path, body=body))

    def downgrade(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs downgrade of the orders.

        POST /api/v2/orders/{order_id}/downgrade

        Returns the answer's JSON as plain data (documented as OrderDowngradeDetailsDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.downgrade", path, body=body))

    def downgrade_preview(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs preview of the orders downgrade.

        POST /api/v2/orders/{order_id}/downgrade/preview

        Returns the answer's JSON as plain data (documented as OrderUpgradeDowngradeDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.downgrade_preview", path, body=body))

    def reactivate(self, id: str, effective_date: str) -> Any:
        """Runs reactivate of the orders.

        POST /api/v2/orders/{id}/reactivate

        Returns the answer's JSON as plain data (documented as OrderCancelResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.fields({"effective_date": effective_date})
        return self._run(Call("order.reactivate", path, body=body, wrap=True))

    def preorder(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in preorder of the orders.

        POST /api/v2/orders/preorder

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.preorder", body=body))

    def change(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs change of the orders.

        POST /api/v2/orders/{id}/change

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.change", path, body=body))

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

    def information(self, id: str) -> Any:
        """Reads the information of the orders.

        GET /api/v3/orders/{id}/information

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("order.information", path))

    def billing_preferences(self, id: str) -> Any:
        """Reads the billing preferences of the orders.

        GET /api/v3/orders/{id}/billing-preferences

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("order.billing_preferences", path))

    def lines(self, id: str) -> Any:
        """Reads the lines of the orders.

        GET /api/v3/orders/{id}/lines

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("order.lines", path))

    def lines_charge(self, id: str, charge_uuid: str) -> Any:
        """Reads one record of lines of the orders.

        GET /api/v3/orders/{id}/lines/{charge_uuid}

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("charge_uuid", charge_uuid)]
        return self._run(Call("order.lines_charge", path))

    def account_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of orders of the accounts.

        GET /api/v3/accounts/{id}/orders

        Returns the answer's JSON as plain data (documented as AccountOrdersResponseDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("order.account_list", path, query=query))

    def account_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``account_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/accounts/{id}/orders

        Returns the answer's JSON as plain data (documented as OrderDataDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("order.account_list", path, query, limit, offset, None)))

    def update_information(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the information of the orders.

        PATCH /api/v3/orders/{id}/information

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.update_information", path, body=body))

    def update_line_information(self, id: str, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the information of the orders lines.

        PATCH /api/v3/orders/{id}/lines/{uuid}/information

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.update_line_information", path, body=body))

    def update_billing_preference(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the billing preferences of the orders.

        PUT /api/v3/orders/{id}/billing-preferences

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.update_billing_preference", path, body=body))

    def fill_in_billing_preference(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the billing preferences of the orders.

        PATCH /api/v3/orders/{id}/billing-preferences

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.fill_in_billing_preference", path, body=body))

    def relinquish(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs relinquish of the orders.

        POST /api/v3/orders/{id}/relinquish

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.relinquish", path, body=body))

    def extend_trial(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Runs extend trial of the orders.

        POST /api/v3/orders/{id}/extend_trial

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("order.extend_trial", path, body=body)))

    def payment_methods(self, id: str) -> Any:
        """Reads the payment methods of the orders.

        GET /api/v3/orders/{id}/payment-methods

        Returns the answer's JSON as plain data (documented as OrderPaymentMethodsResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("order.payment_methods", path))

    def accept(self, id: str) -> Any:
        """Runs accept of the orders.

        POST /api/v2/orders/{id}/accept

        Returns the answer's JSON as plain data (documented as OrderAcceptResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("order.accept", path))

    def activate(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs activate of the orders.

        POST /api/v2/orders/{id}/activate

        Returns the answer's JSON as plain data (documented as OrderCancelResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.activate", path, body=body))

    def change_status(self, id: str, workflow_status: str) -> Any:
        """Runs change status of the orders.

        POST /api/v2/orders/{id}/change_status

        Returns the answer's JSON as plain data (documented as OrderChangeStatusResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.fields({"workflow_status": workflow_status})
        return self._run(Call("order.change_status", path, body=body, wrap=True))

    def convert_to_order(self, id: str) -> Any:
        """Runs convert to order of the orders.

        POST /api/v2/orders/{id}/convert_to_order

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("order.convert_to_order", path))

    def change_preview(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs preview of the orders change.

        POST /api/v2/orders/{order_id}/change/preview

        Returns the answer's JSON as plain data (documented as OrderChangePreviewResponseDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.change_preview", path, body=body))

    def labour_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of orders of the labours.

        GET /api/v3/labours/{id}/orders

        Returns the answer's JSON as plain data (documented as LabourOrderListDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("order.labour_list", path, query=query))

    def labour_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``labour_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/labours/{id}/orders

        Returns the answer's JSON as plain data (documented as LabourOrderDataDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("order.labour_list", path, query, limit, offset, None)))

    def update_item_billing_preferences(
        self,
        order_id: str,
        line_item_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Any:
        """Updates the billing preferences of the orders lines.

        PUT /api/v3/orders/{order_id}/lines/{line_item_uuid}/billing-preferences

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("order_id", order_id), args.ident("line_item_uuid", line_item_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.update_item_billing_preferences", path, body=body))

    def api_action_script(self, auto_bill_script_uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the api action script.

        PATCH /api/v3/api-action-script

        Returns the answer's JSON as plain data (documented as ApiActionScriptResponseDTO).
        """
        query = args.query([("autoBillScriptUuid", auto_bill_script_uuid)], None)
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("order.api_action_script", query=query, body=body))


class AsyncOrder(Resource):
    """``sdk.order``: the order operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in orders.

        POST /api/v2/orders

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.create", body=body)))

    def create_with_purchase(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in orders.

        POST /api/v3/orders

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.create", body=body, version="v3")))

    def create_with_contract(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in orders.

        POST /api/v2/orders

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.create", body=body)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of orders.

        GET /api/v2/orders

        Returns the answer's JSON as plain data (documented as OrderListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("order.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/orders

        Returns the answer's JSON as plain data (documented as OrderDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("order.list", [], query, limit, offset, None)))

    def usage_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of usages.

        GET /api/v3/usages

        Returns the answer's JSON as plain data (documented as UsageListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("order.usage_list", query=query)))

    def usage_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``usage_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/usages

        Returns the answer's JSON as plain data (documented as UsageDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("order.usage_list", [], query, limit, offset, None)))

    def details(self, id: str) -> Awaitable[Any]:
        """Reads one record of orders.

        GET /api/v2/orders/{id}

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("order.details", path)))

    def usage_details(self, uuid: str) -> Awaitable[Any]:
        """Reads one record of usages.

        GET /api/v3/usages/{uuid}

        Returns the answer's JSON as plain data (documented as UsageDataDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("order.usage_details", path)))

    def bulk_result(self, bulk_id: str, request_id: str) -> Awaitable[Any]:
        """Reads one record of bulk result.

        GET /api/v2/bulk_result/{bulk_id}/{request_id}

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("bulk_id", bulk_id), args.ident("request_id", request_id)]
        return cast("Awaitable[Any]", self._run(Call("order.bulk_result", path)))

    def usage_modify(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of usages.

        PATCH /api/v3/usages/{uuid}

        Returns the answer's JSON as plain data (documented as UsageDataDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.usage_modify", path, body=body)))

    def usage_update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of usages.

        PUT /api/v2/usages/{uuid}

        Returns the answer's JSON as plain data (documented as UsageDataDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.usage_update", path, body=body)))

    def usage_delete(self, uuid: str) -> Awaitable[DeleteResult]:
        """Deletes one record of usages.

        DELETE /api/v3/usages/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("order.usage_delete", path)))

    def cancel(self, id: str, effective_date: str) -> Awaitable[Any]:
        """Runs cancel of the orders.

        POST /api/v2/orders/{id}/cancel

        Returns the answer's JSON as plain data (documented as OrderCancelResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.fields({"effective_date": effective_date})
        return cast("Awaitable[Any]", self._run(Call("order.cancel", path, body=body, wrap=True)))

    def add_usage(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in usages.

        POST /api/v3/usages

        Returns the answer's JSON as plain data (documented as UsageDataDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.add_usage", body=body)))

    def add_multiple_usage(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in usages.

        POST /api/v3/usages

        Returns the answer's JSON as plain data (documented as MultipleUsageResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.add_usage", body=body)))

    def upgrade(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs upgrade of the orders.

        POST /api/v2/orders/{order_id}/upgrade

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.upgrade", path, body=body)))

    def contract_adjustment(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs contract adjustment of the orders.

        POST /api/v2/orders/{order_id}/contract-adjustment

        Returns the answer's JSON as plain data (documented as ContractAdjustmentResponseDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.contract_adjustment", path, body=body)))

    def contract_adjustment_preview(
        self,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Runs preview of the orders contract adjustment.

        POST /api/v3/orders/{order_id}/contract-adjustment/preview

        Returns the answer's JSON as plain data (documented as ContractAdjustmentPreviewResponseDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.contract_adjustment_preview", path, body=body)))

    def upgrade_preview(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs preview of the orders upgrade.

        POST /api/v2/orders/{order_id}/upgrade/preview

        Returns the answer's JSON as plain data (documented as OrderUpgradeDowngradeDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.upgrade_preview", path, body=body)))

    def downgrade(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs downgrade of the orders.

        POST /api/v2/orders/{order_id}/downgrade

        Returns the answer's JSON as plain data (documented as OrderDowngradeDetailsDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.downgrade", path, body=body)))

    def downgrade_preview(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs preview of the orders downgrade.

        POST /api/v2/orders/{order_id}/downgrade/preview

        Returns the answer's JSON as plain data (documented as OrderUpgradeDowngradeDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.downgrade_preview", path, body=body)))

    def reactivate(self, id: str, effective_date: str) -> Awaitable[Any]:
        """Runs reactivate of the orders.

        POST /api/v2/orders/{id}/reactivate

        Returns the answer's JSON as plain data (documented as OrderCancelResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.fields({"effective_date": effective_date})
        return cast("Awaitable[Any]", self._run(Call("order.reactivate", path, body=body, wrap=True)))

    def preorder(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in preorder of the orders.

        POST /api/v2/orders/preorder

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.preorder", body=body)))

    def change(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs change of the orders.

        POST /api/v2/orders/{id}/change

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.change", path, body=body)))

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

    def information(self, id: str) -> Awaitable[Any]:
        """Reads the information of the orders.

        GET /api/v3/orders/{id}/information

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("order.information", path)))

    def billing_preferences(self, id: str) -> Awaitable[Any]:
        """Reads the billing preferences of the orders.

        GET /api/v3/orders/{id}/billing-preferences

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("order.billing_preferences", path)))

    def lines(self, id: str) -> Awaitable[Any]:
        """Reads the lines of the orders.

        GET /api/v3/orders/{id}/lines

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("order.lines", path)))

    def lines_charge(self, id: str, charge_uuid: str) -> Awaitable[Any]:
        """Reads one record of lines of the orders.

        GET /api/v3/orders/{id}/lines/{charge_uuid}

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("charge_uuid", charge_uuid)]
        return cast("Awaitable[Any]", self._run(Call("order.lines_charge", path)))

    def account_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of orders of the accounts.

        GET /api/v3/accounts/{id}/orders

        Returns the answer's JSON as plain data (documented as AccountOrdersResponseDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("order.account_list", path, query=query)))

    def account_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``account_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/accounts/{id}/orders

        Returns the answer's JSON as plain data (documented as OrderDataDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("order.account_list", path, query, limit, offset, None)))

    def update_information(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the information of the orders.

        PATCH /api/v3/orders/{id}/information

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.update_information", path, body=body)))

    def update_line_information(
        self,
        id: str,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Updates the information of the orders lines.

        PATCH /api/v3/orders/{id}/lines/{uuid}/information

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.update_line_information", path, body=body)))

    def update_billing_preference(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the billing preferences of the orders.

        PUT /api/v3/orders/{id}/billing-preferences

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.update_billing_preference", path, body=body)))

    def fill_in_billing_preference(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the billing preferences of the orders.

        PATCH /api/v3/orders/{id}/billing-preferences

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.fill_in_billing_preference", path, body=body)))

    def relinquish(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs relinquish of the orders.

        POST /api/v3/orders/{id}/relinquish

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.relinquish", path, body=body)))

    def extend_trial(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[DeleteResult]:
        """Runs extend trial of the orders.

        POST /api/v3/orders/{id}/extend_trial

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("order.extend_trial", path, body=body)))

    def payment_methods(self, id: str) -> Awaitable[Any]:
        """Reads the payment methods of the orders.

        GET /api/v3/orders/{id}/payment-methods

        Returns the answer's JSON as plain data (documented as OrderPaymentMethodsResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("order.payment_methods", path)))

    def accept(self, id: str) -> Awaitable[Any]:
        """Runs accept of the orders.

        POST /api/v2/orders/{id}/accept

        Returns the answer's JSON as plain data (documented as OrderAcceptResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("order.accept", path)))

    def activate(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs activate of the orders.

        POST /api/v2/orders/{id}/activate

        Returns the answer's JSON as plain data (documented as OrderCancelResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.activate", path, body=body)))

    def change_status(self, id: str, workflow_status: str) -> Awaitable[Any]:
        """Runs change status of the orders.

        POST /api/v2/orders/{id}/change_status

        Returns the answer's JSON as plain data (documented as OrderChangeStatusResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.fields({"workflow_status": workflow_status})
        return cast("Awaitable[Any]", self._run(Call("order.change_status", path, body=body, wrap=True)))

    def convert_to_order(self, id: str) -> Awaitable[Any]:
        """Runs convert to order of the orders.

        POST /api/v2/orders/{id}/convert_to_order

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("order.convert_to_order", path)))

    def change_preview(self, order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs preview of the orders change.

        POST /api/v2/orders/{order_id}/change/preview

        Returns the answer's JSON as plain data (documented as OrderChangePreviewResponseDTO).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.change_preview", path, body=body)))

    def labour_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of orders of the labours.

        GET /api/v3/labours/{id}/orders

        Returns the answer's JSON as plain data (documented as LabourOrderListDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("order.labour_list", path, query=query)))

    def labour_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``labour_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/labours/{id}/orders

        Returns the answer's JSON as plain data (documented as LabourOrderDataDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("order.labour_list", path, query, limit, offset, None)))

    def update_item_billing_preferences(
        self,
        order_id: str,
        line_item_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Updates the billing preferences of the orders lines.

        PUT /api/v3/orders/{order_id}/lines/{line_item_uuid}/billing-preferences

        Returns the answer's JSON as plain data (documented as OrderDetailsDTO).
        """
        path = [args.ident("order_id", order_id), args.ident("line_item_uuid", line_item_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.update_item_billing_preferences", path, body=body)))

    def api_action_script(
        self,
        auto_bill_script_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Updates the api action script.

        PATCH /api/v3/api-action-script

        Returns the answer's JSON as plain data (documented as ApiActionScriptResponseDTO).
        """
        query = args.query([("autoBillScriptUuid", auto_bill_script_uuid)], None)
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("order.api_action_script", query=query, body=body)))
