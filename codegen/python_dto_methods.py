"""What the generated DTO classes have beyond their fields: helper methods and wire names.

Keys are dtos.json keys. A helper that builds a class of another module imports it inside
its body, so that the module stays free of run-time imports of other DTO modules.
"""

from typing import Dict

# Wire names the camelCase -> snake_case rule does not give (besides dtos.json's wire_names).
WIRE_NAMES: Dict[str, Dict[str, str]] = {"EmailSentDetailsDTO": {"fromEmail": "from"}}

# Helpers of the documented SDK's DTOs (`methods` in dtos.json), written into their class.
METHODS: Dict[str, str] = {
    "PaymentMethodsAddDTO": '''
    def method(self, payment_method: PaymentMethodsDataDTO) -> "PaymentMethodsAddDTO":
        """Wraps one payment method as the body of add_payment_method."""
        from exsited.exsited.account.dto.account_nested_dto import PaymentMethodsDTO

        self.account = PaymentMethodsDTO(paymentMethod=payment_method)
        return self
''',
    "PaymentCardMethodsAddDTO": '''
    def method(self, payment_method: PaymentCardMethodsDataDTO) -> "PaymentCardMethodsAddDTO":
        """Wraps one card payment method as the body of add_payment_card_method."""
        from exsited.exsited.account.dto.account_nested_dto import PaymentCardMethodsDTO

        self.account = PaymentCardMethodsDTO(paymentMethod=payment_method)
        return self
''',
    "OrderDataDTO": '''
    def add_line(self, item_id: str, quantity: str, price: Optional[str] = None) -> "OrderDataDTO":
        """Appends an order line for ``item_id`` (with its price, when given) and returns the order."""
        from exsited.exsited.order.dto.order_nested_dto import OrderItemPriceSnapshotDTO, OrderLineDTO

        line = OrderLineDTO(itemId=item_id, itemOrderQuantity=quantity)
        if price is not None:
            line.itemPriceSnapshot = OrderItemPriceSnapshotDTO().add_rule(price=price)
        self.lines = [*(self.lines or []), line]
        return self
''',
    "OrderItemPriceSnapshotDTO": '''
    def add_rule(self, price: str, uom: Optional[str] = None, warehouse: Optional[str] = None) -> "OrderItemPriceSnapshotDTO":
        """Sets the pricing rule of the snapshot and returns it."""
        self.pricingRule = OrderItemPricingRuleDTO(price=price, uom=uom, warehouse=warehouse)
        return self
''',
    "LabourCreateResponseDTO": '''
    def get_labour_data(self) -> Optional[LabourDataDTO]:
        """The created labour record as a DTO (the answer keeps it as a plain dict)."""
        labour = self.labour
        return LabourDataDTO.load_dict(labour) if isinstance(labour, dict) else None
''',
}
