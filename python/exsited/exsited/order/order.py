# generated from api/ — do not edit; run `make generate`
"""``sdk.order``: the order operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

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

if TYPE_CHECKING:
    from exsited.exsited.order.order_raw import AsyncOrderRaw, OrderRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Order(Resource):
    """``sdk.order``: the order operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "OrderRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.order.order_raw import OrderRaw

        return OrderRaw(self._raw_copy())

    def create(self, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Creates an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders`` (json body)

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.create", body=body, answer=OrderDetailsDTO)))

    def create_with_purchase(self, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Creates an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/orders`` (json body)

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.create", body=body, version="v3", answer=OrderDetailsDTO)))

    def create_with_contract(self, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Creates an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders`` (json body)

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the orders, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/orders``

        Returns:
            OrderListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every order that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/orders``

        Yields:
            OrderDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[OrderDataDTO]", self._iterate(Listing(Call("order.list", [], query), limit, offset, OrderDataDTO)))

    def usage_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> UsageListDTO:
        """Lists the usages, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/usages``

        Returns:
            UsageListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every usage that ``usage_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/usages``

        Yields:
            UsageDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[UsageDataDTO]", self._iterate(Listing(Call("order.usage_list", [], query), limit, offset, UsageDataDTO)))

    def details(self, id: str) -> OrderDetailsDTO:
        """Reads an order.

        HTTP: ``GET /api/v2/orders/{id}``

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("OrderDetailsDTO", self._run(Call("order.details", path, answer=OrderDetailsDTO)))

    def usage_details(self, uuid: str) -> UsageDataDTO:
        """Reads a usage.

        HTTP: ``GET /api/v3/usages/{uuid}``

        Returns:
            UsageDataDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("UsageDataDTO", self._run(Call("order.usage_details", path, answer=UsageDataDTO)))

    def bulk_result(self, bulk_id: str, request_id: str) -> OrderDetailsDTO:
        """Reads a bulk result.

        HTTP: ``GET /api/v2/bulk_result/{bulk_id}/{request_id}``

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("bulk_id", bulk_id), args.ident("request_id", request_id)]
        return cast("OrderDetailsDTO", self._run(Call("order.bulk_result", path, answer=OrderDetailsDTO)))

    def usage_modify(self, uuid: str, request_data: UsageCreateDTO) -> UsageDataDTO:
        """Updates a usage.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/usages/{uuid}`` (json body)

        Returns:
            UsageDataDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (UsageCreateDTO,))
        return cast("UsageDataDTO", self._run(Call("order.usage_modify", path, body=body, answer=UsageDataDTO)))

    def usage_update(self, uuid: str, request_data: UsageCreateDTO) -> UsageDataDTO:
        """Replaces a usage.

        ``request_data`` is the JSON body.

        HTTP: ``PUT /api/v2/usages/{uuid}`` (json body)

        Returns:
            UsageDataDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (UsageCreateDTO,))
        return cast("UsageDataDTO", self._run(Call("order.usage_update", path, body=body, answer=UsageDataDTO)))

    def usage_delete(self, uuid: str) -> DeleteResult:
        """Deletes a usage.

        HTTP: ``DELETE /api/v3/usages/{uuid}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResult", self._run(Call("order.usage_delete", path)))

    def cancel(self, id: str, effective_date: str) -> OrderCancelResponseDTO:
        """Cancels an order.

        ``effective_date`` is the body's ``effective_date``.

        HTTP: ``POST /api/v2/orders/{id}/cancel`` (json body)

        Returns:
            OrderCancelResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.fields({"effective_date": effective_date})
        return cast("OrderCancelResponseDTO", self._run(Call("order.cancel", path, body=body, wrap=True, answer=OrderCancelResponseDTO)))

    def add_usage(self, request_data: UsageCreateDTO) -> UsageDataDTO:
        """Creates a usage.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/usages`` (json body)

        Returns:
            UsageDataDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (UsageCreateDTO,))
        return cast("UsageDataDTO", self._run(Call("order.add_usage", body=body, answer=UsageDataDTO)))

    def add_multiple_usage(self, request_data: MultipleUsageCreateDTO) -> MultipleUsageResponseDTO:
        """Creates a usage.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/usages`` (json body)

        Returns:
            MultipleUsageResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (MultipleUsageCreateDTO,))
        return cast("MultipleUsageResponseDTO", self._run(Call("order.add_usage", body=body, answer=MultipleUsageResponseDTO)))

    def upgrade(self, order_id: str, request_data: OrderUpgradeDTO) -> OrderDetailsDTO:
        """Upgrades an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{order_id}/upgrade`` (json body)

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderUpgradeDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.upgrade", path, body=body, answer=OrderDetailsDTO)))

    def contract_adjustment(
        self,
        order_id: str,
        request_data: ContractAdjustmentRequestDTO,
    ) -> ContractAdjustmentResponseDTO:
        """Creates the contract adjustment of an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{order_id}/contract-adjustment`` (json body)

        Returns:
            ContractAdjustmentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (ContractAdjustmentRequestDTO,))
        return cast("ContractAdjustmentResponseDTO", self._run(Call("order.contract_adjustment", path, body=body, answer=ContractAdjustmentResponseDTO)))

    def contract_adjustment_preview(
        self,
        order_id: str,
        request_data: ContractAdjustmentPreviewRequestDTO,
    ) -> ContractAdjustmentPreviewResponseDTO:
        """Previews the contract adjustment of an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/orders/{order_id}/contract-adjustment/preview`` (json body)

        Returns:
            ContractAdjustmentPreviewResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (ContractAdjustmentPreviewRequestDTO,))
        return cast("ContractAdjustmentPreviewResponseDTO", self._run(Call("order.contract_adjustment_preview", path, body=body, answer=ContractAdjustmentPreviewResponseDTO)))

    def upgrade_preview(self, order_id: str, request_data: OrderUpgradePreviewDTO) -> OrderUpgradeDowngradeDTO:
        """Previews the upgrade of an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{order_id}/upgrade/preview`` (json body)

        Returns:
            OrderUpgradeDowngradeDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderUpgradePreviewDTO,))
        return cast("OrderUpgradeDowngradeDTO", self._run(Call("order.upgrade_preview", path, body=body, answer=OrderUpgradeDowngradeDTO)))

    def downgrade(self, order_id: str, request_data: OrderDowngradeDTO) -> OrderDowngradeDetailsDTO:
        """Downgrades an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{order_id}/downgrade`` (json body)

        Returns:
            OrderDowngradeDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderDowngradeDTO,))
        return cast("OrderDowngradeDetailsDTO", self._run(Call("order.downgrade", path, body=body, answer=OrderDowngradeDetailsDTO)))

    def downgrade_preview(self, order_id: str, request_data: OrderDowngradePreviewDTO) -> OrderUpgradeDowngradeDTO:
        """Previews the downgrade of an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{order_id}/downgrade/preview`` (json body)

        Returns:
            OrderUpgradeDowngradeDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderDowngradePreviewDTO,))
        return cast("OrderUpgradeDowngradeDTO", self._run(Call("order.downgrade_preview", path, body=body, answer=OrderUpgradeDowngradeDTO)))

    def reactivate(self, id: str, effective_date: str) -> OrderCancelResponseDTO:
        """Reactivates an order.

        ``effective_date`` is the body's ``effective_date``.

        HTTP: ``POST /api/v2/orders/{id}/reactivate`` (json body)

        Returns:
            OrderCancelResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.fields({"effective_date": effective_date})
        return cast("OrderCancelResponseDTO", self._run(Call("order.reactivate", path, body=body, wrap=True, answer=OrderCancelResponseDTO)))

    def preorder(self, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Pre-orders the orders.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/preorder`` (json body)

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.preorder", body=body, answer=OrderDetailsDTO)))

    def change(self, id: str, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Changes an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{id}/change`` (json body)

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.change", path, body=body, answer=OrderDetailsDTO)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes an order.

        HTTP: ``DELETE /api/v3/orders/{id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("order.delete", path)))

    def order_quote_pdf(self, id: str) -> Union[bytes, str]:
        """Downloads the PDF of an order.

        HTTP: ``GET /api/v2/orders/{id}/pdf``

        Returns:
            Union[bytes, str]: the file's bytes, or its hex or base64 text with ``format='hex'``/``'base64'``.
        """
        path = [args.ident("id", id)]
        return cast("Union[bytes, str]", self._run(Call("order.order_quote_pdf", path)))

    def information(self, id: str) -> OrderDetailsDTO:
        """Reads the information of an order.

        HTTP: ``GET /api/v3/orders/{id}/information``

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("OrderDetailsDTO", self._run(Call("order.information", path, answer=OrderDetailsDTO)))

    def billing_preferences(self, id: str) -> OrderDetailsDTO:
        """Reads the billing preferences of an order.

        HTTP: ``GET /api/v3/orders/{id}/billing-preferences``

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("OrderDetailsDTO", self._run(Call("order.billing_preferences", path, answer=OrderDetailsDTO)))

    def lines(self, id: str) -> OrderDetailsDTO:
        """Reads the lines of an order.

        HTTP: ``GET /api/v3/orders/{id}/lines``

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("OrderDetailsDTO", self._run(Call("order.lines", path, answer=OrderDetailsDTO)))

    def lines_charge(self, id: str, charge_uuid: str) -> OrderDetailsDTO:
        """Reads a line of an order.

        HTTP: ``GET /api/v3/orders/{id}/lines/{charge_uuid}``

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the orders of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/accounts/{id}/orders``

        Returns:
            order_dto_AccountOrdersResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every order of an account that ``account_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{id}/orders``

        Yields:
            OrderDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[OrderDataDTO]", self._iterate(Listing(Call("order.account_list", path, query), limit, offset, OrderDataDTO)))

    def update_information(self, id: str, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Updates the information of an order.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/orders/{id}/information`` (json body)

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.update_information", path, body=body, answer=OrderDetailsDTO)))

    def update_line_information(self, id: str, uuid: str, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Updates the information of a line of an order.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/orders/{id}/lines/{uuid}/information`` (json body)

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.update_line_information", path, body=body, answer=OrderDetailsDTO)))

    def update_billing_preference(self, id: str, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Replaces the billing preferences of an order.

        ``request_data`` is the JSON body.

        HTTP: ``PUT /api/v3/orders/{id}/billing-preferences`` (json body)

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.update_billing_preference", path, body=body, answer=OrderDetailsDTO)))

    def fill_in_billing_preference(self, id: str, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Updates the billing preferences of an order.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/orders/{id}/billing-preferences`` (json body)

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.fill_in_billing_preference", path, body=body, answer=OrderDetailsDTO)))

    def relinquish(self, id: str, request_data: OrderCreateDTO) -> OrderDetailsDTO:
        """Relinquishes an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/orders/{id}/relinquish`` (json body)

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.relinquish", path, body=body, answer=OrderDetailsDTO)))

    def extend_trial(self, id: str, request_data: OrderExtendTrialRequestDTO) -> DeleteResult:
        """Extends the trial of an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/orders/{id}/extend_trial`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderExtendTrialRequestDTO,))
        return cast("DeleteResult", self._run(Call("order.extend_trial", path, body=body)))

    def payment_methods(self, id: str) -> OrderPaymentMethodsResponseDTO:
        """Reads the payment methods of an order.

        HTTP: ``GET /api/v3/orders/{id}/payment-methods``

        Returns:
            OrderPaymentMethodsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("OrderPaymentMethodsResponseDTO", self._run(Call("order.payment_methods", path, answer=OrderPaymentMethodsResponseDTO)))

    def accept(self, id: str) -> OrderAcceptResponseDTO:
        """Accepts an order.

        HTTP: ``POST /api/v2/orders/{id}/accept``

        Returns:
            OrderAcceptResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("OrderAcceptResponseDTO", self._run(Call("order.accept", path, answer=OrderAcceptResponseDTO)))

    def activate(self, id: str, request_data: OrderActivateRequestDTO) -> OrderCancelResponseDTO:
        """Activates an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{id}/activate`` (json body)

        Returns:
            OrderCancelResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderActivateRequestDTO,))
        return cast("OrderCancelResponseDTO", self._run(Call("order.activate", path, body=body, answer=OrderCancelResponseDTO)))

    def change_status(self, id: str, workflow_status: str) -> OrderChangeStatusResponseDTO:
        """Changes the status of an order.

        ``workflow_status`` is the body's ``workflow_status``.

        HTTP: ``POST /api/v2/orders/{id}/change_status`` (json body)

        Returns:
            OrderChangeStatusResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.fields({"workflow_status": workflow_status})
        return cast("OrderChangeStatusResponseDTO", self._run(Call("order.change_status", path, body=body, wrap=True, answer=OrderChangeStatusResponseDTO)))

    def convert_to_order(self, id: str) -> OrderDetailsDTO:
        """Converts the to order of an order.

        HTTP: ``POST /api/v2/orders/{id}/convert_to_order``

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("OrderDetailsDTO", self._run(Call("order.convert_to_order", path, answer=OrderDetailsDTO)))

    def change_preview(
        self,
        order_id: str,
        request_data: OrderChangePreviewRequestDTO,
    ) -> OrderChangePreviewResponseDTO:
        """Previews the change of an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{order_id}/change/preview`` (json body)

        Returns:
            OrderChangePreviewResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the orders of a labour, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/labours/{id}/orders``

        Returns:
            LabourOrderListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every order of a labour that ``labour_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/labours/{id}/orders``

        Yields:
            LabourOrderDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[LabourOrderDataDTO]", self._iterate(Listing(Call("order.labour_list", path, query), limit, offset, LabourOrderDataDTO)))

    def update_item_billing_preferences(
        self,
        order_id: str,
        line_item_uuid: str,
        request_data: BillingPreferenceRequestDTO,
    ) -> OrderDetailsDTO:
        """Replaces the billing preferences of a line of an order.

        ``request_data`` is the JSON body.

        HTTP: ``PUT /api/v3/orders/{order_id}/lines/{line_item_uuid}/billing-preferences`` (json body)

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id), args.ident("line_item_uuid", line_item_uuid)]
        body = args.body("request_data", request_data, (BillingPreferenceRequestDTO,))
        return cast("OrderDetailsDTO", self._run(Call("order.update_item_billing_preferences", path, body=body, answer=OrderDetailsDTO)))

    def api_action_script(
        self,
        auto_bill_script_uuid: str,
        request_data: ApiActionScriptRequestDTO,
    ) -> ApiActionScriptResponseDTO:
        """Updates the API action script.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/api-action-script`` (json body)

        Returns:
            ApiActionScriptResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("autoBillScriptUuid", auto_bill_script_uuid)], None)
        body = args.body("request_data", request_data, (ApiActionScriptRequestDTO,))
        return cast("ApiActionScriptResponseDTO", self._run(Call("order.api_action_script", query=query, body=body, answer=ApiActionScriptResponseDTO)))


class AsyncOrder(Resource):
    """``sdk.order``: the order operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncOrderRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.order.order_raw import AsyncOrderRaw

        return AsyncOrderRaw(self._raw_copy())

    def create(self, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Creates an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders`` (json body)

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.create", body=body, answer=OrderDetailsDTO)))

    def create_with_purchase(self, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Creates an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/orders`` (json body)

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.create", body=body, version="v3", answer=OrderDetailsDTO)))

    def create_with_contract(self, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Creates an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders`` (json body)

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the orders, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/orders``

        Returns:
            Awaitable of OrderListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every order that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/orders``

        Yields:
            OrderDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[OrderDataDTO]", self._iterate(Listing(Call("order.list", [], query), limit, offset, OrderDataDTO)))

    def usage_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[UsageListDTO]:
        """Lists the usages, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/usages``

        Returns:
            Awaitable of UsageListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every usage that ``usage_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/usages``

        Yields:
            UsageDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[UsageDataDTO]", self._iterate(Listing(Call("order.usage_list", [], query), limit, offset, UsageDataDTO)))

    def details(self, id: str) -> Awaitable[OrderDetailsDTO]:
        """Reads an order.

        HTTP: ``GET /api/v2/orders/{id}``

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.details", path, answer=OrderDetailsDTO)))

    def usage_details(self, uuid: str) -> Awaitable[UsageDataDTO]:
        """Reads a usage.

        HTTP: ``GET /api/v3/usages/{uuid}``

        Returns:
            Awaitable of UsageDataDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[UsageDataDTO]", self._run(Call("order.usage_details", path, answer=UsageDataDTO)))

    def bulk_result(self, bulk_id: str, request_id: str) -> Awaitable[OrderDetailsDTO]:
        """Reads a bulk result.

        HTTP: ``GET /api/v2/bulk_result/{bulk_id}/{request_id}``

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("bulk_id", bulk_id), args.ident("request_id", request_id)]
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.bulk_result", path, answer=OrderDetailsDTO)))

    def usage_modify(self, uuid: str, request_data: UsageCreateDTO) -> Awaitable[UsageDataDTO]:
        """Updates a usage.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/usages/{uuid}`` (json body)

        Returns:
            Awaitable of UsageDataDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (UsageCreateDTO,))
        return cast("Awaitable[UsageDataDTO]", self._run(Call("order.usage_modify", path, body=body, answer=UsageDataDTO)))

    def usage_update(self, uuid: str, request_data: UsageCreateDTO) -> Awaitable[UsageDataDTO]:
        """Replaces a usage.

        ``request_data`` is the JSON body.

        HTTP: ``PUT /api/v2/usages/{uuid}`` (json body)

        Returns:
            Awaitable of UsageDataDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (UsageCreateDTO,))
        return cast("Awaitable[UsageDataDTO]", self._run(Call("order.usage_update", path, body=body, answer=UsageDataDTO)))

    def usage_delete(self, uuid: str) -> Awaitable[DeleteResult]:
        """Deletes a usage.

        HTTP: ``DELETE /api/v3/usages/{uuid}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("order.usage_delete", path)))

    def cancel(self, id: str, effective_date: str) -> Awaitable[OrderCancelResponseDTO]:
        """Cancels an order.

        ``effective_date`` is the body's ``effective_date``.

        HTTP: ``POST /api/v2/orders/{id}/cancel`` (json body)

        Returns:
            Awaitable of OrderCancelResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.fields({"effective_date": effective_date})
        return cast("Awaitable[OrderCancelResponseDTO]", self._run(Call("order.cancel", path, body=body, wrap=True, answer=OrderCancelResponseDTO)))

    def add_usage(self, request_data: UsageCreateDTO) -> Awaitable[UsageDataDTO]:
        """Creates a usage.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/usages`` (json body)

        Returns:
            Awaitable of UsageDataDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (UsageCreateDTO,))
        return cast("Awaitable[UsageDataDTO]", self._run(Call("order.add_usage", body=body, answer=UsageDataDTO)))

    def add_multiple_usage(self, request_data: MultipleUsageCreateDTO) -> Awaitable[MultipleUsageResponseDTO]:
        """Creates a usage.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/usages`` (json body)

        Returns:
            Awaitable of MultipleUsageResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (MultipleUsageCreateDTO,))
        return cast("Awaitable[MultipleUsageResponseDTO]", self._run(Call("order.add_usage", body=body, answer=MultipleUsageResponseDTO)))

    def upgrade(self, order_id: str, request_data: OrderUpgradeDTO) -> Awaitable[OrderDetailsDTO]:
        """Upgrades an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{order_id}/upgrade`` (json body)

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderUpgradeDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.upgrade", path, body=body, answer=OrderDetailsDTO)))

    def contract_adjustment(
        self,
        order_id: str,
        request_data: ContractAdjustmentRequestDTO,
    ) -> Awaitable[ContractAdjustmentResponseDTO]:
        """Creates the contract adjustment of an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{order_id}/contract-adjustment`` (json body)

        Returns:
            Awaitable of ContractAdjustmentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (ContractAdjustmentRequestDTO,))
        return cast("Awaitable[ContractAdjustmentResponseDTO]", self._run(Call("order.contract_adjustment", path, body=body, answer=ContractAdjustmentResponseDTO)))

    def contract_adjustment_preview(
        self,
        order_id: str,
        request_data: ContractAdjustmentPreviewRequestDTO,
    ) -> Awaitable[ContractAdjustmentPreviewResponseDTO]:
        """Previews the contract adjustment of an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/orders/{order_id}/contract-adjustment/preview`` (json body)

        Returns:
            Awaitable of ContractAdjustmentPreviewResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (ContractAdjustmentPreviewRequestDTO,))
        return cast("Awaitable[ContractAdjustmentPreviewResponseDTO]", self._run(Call("order.contract_adjustment_preview", path, body=body, answer=ContractAdjustmentPreviewResponseDTO)))

    def upgrade_preview(
        self,
        order_id: str,
        request_data: OrderUpgradePreviewDTO,
    ) -> Awaitable[OrderUpgradeDowngradeDTO]:
        """Previews the upgrade of an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{order_id}/upgrade/preview`` (json body)

        Returns:
            Awaitable of OrderUpgradeDowngradeDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderUpgradePreviewDTO,))
        return cast("Awaitable[OrderUpgradeDowngradeDTO]", self._run(Call("order.upgrade_preview", path, body=body, answer=OrderUpgradeDowngradeDTO)))

    def downgrade(self, order_id: str, request_data: OrderDowngradeDTO) -> Awaitable[OrderDowngradeDetailsDTO]:
        """Downgrades an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{order_id}/downgrade`` (json body)

        Returns:
            Awaitable of OrderDowngradeDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderDowngradeDTO,))
        return cast("Awaitable[OrderDowngradeDetailsDTO]", self._run(Call("order.downgrade", path, body=body, answer=OrderDowngradeDetailsDTO)))

    def downgrade_preview(
        self,
        order_id: str,
        request_data: OrderDowngradePreviewDTO,
    ) -> Awaitable[OrderUpgradeDowngradeDTO]:
        """Previews the downgrade of an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{order_id}/downgrade/preview`` (json body)

        Returns:
            Awaitable of OrderUpgradeDowngradeDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (OrderDowngradePreviewDTO,))
        return cast("Awaitable[OrderUpgradeDowngradeDTO]", self._run(Call("order.downgrade_preview", path, body=body, answer=OrderUpgradeDowngradeDTO)))

    def reactivate(self, id: str, effective_date: str) -> Awaitable[OrderCancelResponseDTO]:
        """Reactivates an order.

        ``effective_date`` is the body's ``effective_date``.

        HTTP: ``POST /api/v2/orders/{id}/reactivate`` (json body)

        Returns:
            Awaitable of OrderCancelResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.fields({"effective_date": effective_date})
        return cast("Awaitable[OrderCancelResponseDTO]", self._run(Call("order.reactivate", path, body=body, wrap=True, answer=OrderCancelResponseDTO)))

    def preorder(self, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Pre-orders the orders.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/preorder`` (json body)

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.preorder", body=body, answer=OrderDetailsDTO)))

    def change(self, id: str, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Changes an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{id}/change`` (json body)

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.change", path, body=body, answer=OrderDetailsDTO)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes an order.

        HTTP: ``DELETE /api/v3/orders/{id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("order.delete", path)))

    def order_quote_pdf(self, id: str) -> Awaitable[Union[bytes, str]]:
        """Downloads the PDF of an order.

        HTTP: ``GET /api/v2/orders/{id}/pdf``

        Returns:
            Awaitable of Union[bytes, str]: the file's bytes, or its hex or base64 text with ``format='hex'``/``'base64'``.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Union[bytes, str]]", self._run(Call("order.order_quote_pdf", path)))

    def information(self, id: str) -> Awaitable[OrderDetailsDTO]:
        """Reads the information of an order.

        HTTP: ``GET /api/v3/orders/{id}/information``

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.information", path, answer=OrderDetailsDTO)))

    def billing_preferences(self, id: str) -> Awaitable[OrderDetailsDTO]:
        """Reads the billing preferences of an order.

        HTTP: ``GET /api/v3/orders/{id}/billing-preferences``

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.billing_preferences", path, answer=OrderDetailsDTO)))

    def lines(self, id: str) -> Awaitable[OrderDetailsDTO]:
        """Reads the lines of an order.

        HTTP: ``GET /api/v3/orders/{id}/lines``

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.lines", path, answer=OrderDetailsDTO)))

    def lines_charge(self, id: str, charge_uuid: str) -> Awaitable[OrderDetailsDTO]:
        """Reads a line of an order.

        HTTP: ``GET /api/v3/orders/{id}/lines/{charge_uuid}``

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the orders of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/accounts/{id}/orders``

        Returns:
            Awaitable of order_dto_AccountOrdersResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every order of an account that ``account_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{id}/orders``

        Yields:
            OrderDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[OrderDataDTO]", self._iterate(Listing(Call("order.account_list", path, query), limit, offset, OrderDataDTO)))

    def update_information(self, id: str, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Updates the information of an order.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/orders/{id}/information`` (json body)

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.update_information", path, body=body, answer=OrderDetailsDTO)))

    def update_line_information(self, id: str, uuid: str, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Updates the information of a line of an order.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/orders/{id}/lines/{uuid}/information`` (json body)

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.update_line_information", path, body=body, answer=OrderDetailsDTO)))

    def update_billing_preference(self, id: str, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Replaces the billing preferences of an order.

        ``request_data`` is the JSON body.

        HTTP: ``PUT /api/v3/orders/{id}/billing-preferences`` (json body)

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.update_billing_preference", path, body=body, answer=OrderDetailsDTO)))

    def fill_in_billing_preference(self, id: str, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Updates the billing preferences of an order.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/orders/{id}/billing-preferences`` (json body)

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.fill_in_billing_preference", path, body=body, answer=OrderDetailsDTO)))

    def relinquish(self, id: str, request_data: OrderCreateDTO) -> Awaitable[OrderDetailsDTO]:
        """Relinquishes an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/orders/{id}/relinquish`` (json body)

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderCreateDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.relinquish", path, body=body, answer=OrderDetailsDTO)))

    def extend_trial(self, id: str, request_data: OrderExtendTrialRequestDTO) -> Awaitable[DeleteResult]:
        """Extends the trial of an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/orders/{id}/extend_trial`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderExtendTrialRequestDTO,))
        return cast("Awaitable[DeleteResult]", self._run(Call("order.extend_trial", path, body=body)))

    def payment_methods(self, id: str) -> Awaitable[OrderPaymentMethodsResponseDTO]:
        """Reads the payment methods of an order.

        HTTP: ``GET /api/v3/orders/{id}/payment-methods``

        Returns:
            Awaitable of OrderPaymentMethodsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderPaymentMethodsResponseDTO]", self._run(Call("order.payment_methods", path, answer=OrderPaymentMethodsResponseDTO)))

    def accept(self, id: str) -> Awaitable[OrderAcceptResponseDTO]:
        """Accepts an order.

        HTTP: ``POST /api/v2/orders/{id}/accept``

        Returns:
            Awaitable of OrderAcceptResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderAcceptResponseDTO]", self._run(Call("order.accept", path, answer=OrderAcceptResponseDTO)))

    def activate(self, id: str, request_data: OrderActivateRequestDTO) -> Awaitable[OrderCancelResponseDTO]:
        """Activates an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{id}/activate`` (json body)

        Returns:
            Awaitable of OrderCancelResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (OrderActivateRequestDTO,))
        return cast("Awaitable[OrderCancelResponseDTO]", self._run(Call("order.activate", path, body=body, answer=OrderCancelResponseDTO)))

    def change_status(self, id: str, workflow_status: str) -> Awaitable[OrderChangeStatusResponseDTO]:
        """Changes the status of an order.

        ``workflow_status`` is the body's ``workflow_status``.

        HTTP: ``POST /api/v2/orders/{id}/change_status`` (json body)

        Returns:
            Awaitable of OrderChangeStatusResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.fields({"workflow_status": workflow_status})
        return cast("Awaitable[OrderChangeStatusResponseDTO]", self._run(Call("order.change_status", path, body=body, wrap=True, answer=OrderChangeStatusResponseDTO)))

    def convert_to_order(self, id: str) -> Awaitable[OrderDetailsDTO]:
        """Converts the to order of an order.

        HTTP: ``POST /api/v2/orders/{id}/convert_to_order``

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.convert_to_order", path, answer=OrderDetailsDTO)))

    def change_preview(
        self,
        order_id: str,
        request_data: OrderChangePreviewRequestDTO,
    ) -> Awaitable[OrderChangePreviewResponseDTO]:
        """Previews the change of an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{order_id}/change/preview`` (json body)

        Returns:
            Awaitable of OrderChangePreviewResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the orders of a labour, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/labours/{id}/orders``

        Returns:
            Awaitable of LabourOrderListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every order of a labour that ``labour_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/labours/{id}/orders``

        Yields:
            LabourOrderDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[LabourOrderDataDTO]", self._iterate(Listing(Call("order.labour_list", path, query), limit, offset, LabourOrderDataDTO)))

    def update_item_billing_preferences(
        self,
        order_id: str,
        line_item_uuid: str,
        request_data: BillingPreferenceRequestDTO,
    ) -> Awaitable[OrderDetailsDTO]:
        """Replaces the billing preferences of a line of an order.

        ``request_data`` is the JSON body.

        HTTP: ``PUT /api/v3/orders/{order_id}/lines/{line_item_uuid}/billing-preferences`` (json body)

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id), args.ident("line_item_uuid", line_item_uuid)]
        body = args.body("request_data", request_data, (BillingPreferenceRequestDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("order.update_item_billing_preferences", path, body=body, answer=OrderDetailsDTO)))

    def api_action_script(
        self,
        auto_bill_script_uuid: str,
        request_data: ApiActionScriptRequestDTO,
    ) -> Awaitable[ApiActionScriptResponseDTO]:
        """Updates the API action script.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/api-action-script`` (json body)

        Returns:
            Awaitable of ApiActionScriptResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("autoBillScriptUuid", auto_bill_script_uuid)], None)
        body = args.body("request_data", request_data, (ApiActionScriptRequestDTO,))
        return cast("Awaitable[ApiActionScriptResponseDTO]", self._run(Call("order.api_action_script", query=query, body=body, answer=ApiActionScriptResponseDTO)))
