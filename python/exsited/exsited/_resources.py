# generated from api/ — do not edit; run `make generate`
"""The resource attributes of ``ExsitedSDK`` and ``AsyncExsitedSDK`` (``sdk.order``...),
each created on first access."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from exsited.exsited.account.account import AsyncAccount, Account
    from exsited.exsited.accounting_codes.accounting_codes import AsyncAccountingCodes, AccountingCodes
    from exsited.exsited.alert.alert import AsyncAlert, Alert
    from exsited.exsited.approval.approval import AsyncApproval, Approval
    from exsited.exsited.communications.communications import AsyncCommunications, Communications
    from exsited.exsited.credit_note.credit_note import AsyncCreditNote, CreditNote
    from exsited.exsited.custom_attributes.custom_attributes import AsyncCustomAttributes, CustomAttributes
    from exsited.exsited.custom_component.custom_component import AsyncCustomComponent, CustomComponent
    from exsited.exsited.custom_feature.custom_feature import AsyncCustomFeature, CustomFeature
    from exsited.exsited.custom_objects.custom_objects import AsyncCustomObjects, CustomObjects
    from exsited.exsited.discount_profile.discount_profile import AsyncDiscountProfile, DiscountProfile
    from exsited.exsited.employee.employee import AsyncEmployee, Employee
    from exsited.exsited.event.event import AsyncEvent, Event
    from exsited.exsited.express.express import AsyncExpress, Express
    from exsited.exsited.external_database.external_database import AsyncExternalDatabase, ExternalDatabase
    from exsited.exsited.gift_certificates.gift_certificates import AsyncGiftCertificates, GiftCertificates
    from exsited.exsited.integration.integration import AsyncIntegration, Integration
    from exsited.exsited.inventory_adjustments.inventory_adjustments import AsyncInventoryAdjustments, InventoryAdjustments
    from exsited.exsited.invoice.invoice import AsyncInvoice, Invoice
    from exsited.exsited.item.item import AsyncItem, Item
    from exsited.exsited.item_fulfillment.item_fulfillment import AsyncItemFulfillment, ItemFulfillment
    from exsited.exsited.item_receipt.item_receipt import AsyncItemReceipt, ItemReceipt
    from exsited.exsited.labour.labour import AsyncLabour, Labour
    from exsited.exsited.milestone.milestone import AsyncMilestone, Milestone
    from exsited.exsited.note_groups.note_groups import AsyncNoteGroups, NoteGroups
    from exsited.exsited.notes.notes import AsyncNotes, Notes
    from exsited.exsited.order.order import AsyncOrder, Order
    from exsited.exsited.payment.payment import AsyncPayment, Payment
    from exsited.exsited.portal.portal import AsyncPortal, Portal
    from exsited.exsited.proforma_invoice.proforma_invoice import AsyncProformaInvoice, ProformaInvoice
    from exsited.exsited.purchase_credit_notes.purchase_credit_notes import AsyncPurchaseCreditNotes, PurchaseCreditNotes
    from exsited.exsited.purchase_invoice.purchase_invoice import AsyncPurchaseInvoice, PurchaseInvoice
    from exsited.exsited.purchase_order.purchase_order import AsyncPurchaseOrder, PurchaseOrder
    from exsited.exsited.purchase_payments.purchase_payments import AsyncPurchasePayments, PurchasePayments
    from exsited.exsited.purchase_refunds.purchase_refunds import AsyncPurchaseRefunds, PurchaseRefunds
    from exsited.exsited.refund.refund import AsyncRefund, Refund
    from exsited.exsited.rental_asset_profiles.rental_asset_profiles import AsyncRentalAssetProfiles, RentalAssetProfiles
    from exsited.exsited.rental_assets.rental_assets import AsyncRentalAssets, RentalAssets
    from exsited.exsited.reports.reports import AsyncReports, Reports
    from exsited.exsited.return_merchandise_authorisations.return_merchandise_authorisations import AsyncReturnMerchandiseAuthorisations, ReturnMerchandiseAuthorisations
    from exsited.exsited.setting.setting import AsyncSetting, Setting
    from exsited.exsited.task.task import AsyncTask, Task
    from exsited.exsited.timesheet.timesheet import AsyncTimesheet, Timesheet
    from exsited.exsited.workflow.workflow import AsyncWorkflow, Workflow

#: attribute -> (module, class) of every resource
RESOURCES = {
    "account": ("exsited.exsited.account.account", "Account"),
    "notes": ("exsited.exsited.notes.notes", "Notes"),
    "order": ("exsited.exsited.order.order", "Order"),
    "invoice": ("exsited.exsited.invoice.invoice", "Invoice"),
    "setting": ("exsited.exsited.setting.setting", "Setting"),
    "discount_profile": ("exsited.exsited.discount_profile.discount_profile", "DiscountProfile"),
    "payment": ("exsited.exsited.payment.payment", "Payment"),
    "express": ("exsited.exsited.express.express", "Express"),
    "refund": ("exsited.exsited.refund.refund", "Refund"),
    "purchase_order": ("exsited.exsited.purchase_order.purchase_order", "PurchaseOrder"),
    "purchase_invoice": ("exsited.exsited.purchase_invoice.purchase_invoice", "PurchaseInvoice"),
    "gift_certificates": ("exsited.exsited.gift_certificates.gift_certificates", "GiftCertificates"),
    "credit_note": ("exsited.exsited.credit_note.credit_note", "CreditNote"),
    "custom_objects": ("exsited.exsited.custom_objects.custom_objects", "CustomObjects"),
    "return_merchandise_authorisations": ("exsited.exsited.return_merchandise_authorisations.return_merchandise_authorisations", "ReturnMerchandiseAuthorisations"),
    "purchase_payments": ("exsited.exsited.purchase_payments.purchase_payments", "PurchasePayments"),
    "custom_component": ("exsited.exsited.custom_component.custom_component", "CustomComponent"),
    "custom_attributes": ("exsited.exsited.custom_attributes.custom_attributes", "CustomAttributes"),
    "external_database": ("exsited.exsited.external_database.external_database", "ExternalDatabase"),
    "portal": ("exsited.exsited.portal.portal", "Portal"),
    "accounting_codes": ("exsited.exsited.accounting_codes.accounting_codes", "AccountingCodes"),
    "alert": ("exsited.exsited.alert.alert", "Alert"),
    "approval": ("exsited.exsited.approval.approval", "Approval"),
    "communications": ("exsited.exsited.communications.communications", "Communications"),
    "custom_feature": ("exsited.exsited.custom_feature.custom_feature", "CustomFeature"),
    "employee": ("exsited.exsited.employee.employee", "Employee"),
    "event": ("exsited.exsited.event.event", "Event"),
    "integration": ("exsited.exsited.integration.integration", "Integration"),
    "inventory_adjustments": ("exsited.exsited.inventory_adjustments.inventory_adjustments", "InventoryAdjustments"),
    "item": ("exsited.exsited.item.item", "Item"),
    "item_fulfillment": ("exsited.exsited.item_fulfillment.item_fulfillment", "ItemFulfillment"),
    "item_receipt": ("exsited.exsited.item_receipt.item_receipt", "ItemReceipt"),
    "labour": ("exsited.exsited.labour.labour", "Labour"),
    "milestone": ("exsited.exsited.milestone.milestone", "Milestone"),
    "note_groups": ("exsited.exsited.note_groups.note_groups", "NoteGroups"),
    "proforma_invoice": ("exsited.exsited.proforma_invoice.proforma_invoice", "ProformaInvoice"),
    "purchase_credit_notes": ("exsited.exsited.purchase_credit_notes.purchase_credit_notes", "PurchaseCreditNotes"),
    "purchase_refunds": ("exsited.exsited.purchase_refunds.purchase_refunds", "PurchaseRefunds"),
    "rental_asset_profiles": ("exsited.exsited.rental_asset_profiles.rental_asset_profiles", "RentalAssetProfiles"),
    "rental_assets": ("exsited.exsited.rental_assets.rental_assets", "RentalAssets"),
    "reports": ("exsited.exsited.reports.reports", "Reports"),
    "task": ("exsited.exsited.task.task", "Task"),
    "timesheet": ("exsited.exsited.timesheet.timesheet", "Timesheet"),
    "workflow": ("exsited.exsited.workflow.workflow", "Workflow"),
}


class Resources:
    """The resource attributes of the SDK."""

    def _resource(self, name: str) -> Any:  # pragma: no cover - defined by the SDK
        raise NotImplementedError

    @property
    def account(self) -> "Account":
        """``sdk.account``: the account operations, named and shaped as in the documented SDK."""
        return self._resource("account")  # type: ignore[no-any-return]

    @property
    def notes(self) -> "Notes":
        """``sdk.notes``: the account note operations of the documented SDK's notes resource."""
        return self._resource("notes")  # type: ignore[no-any-return]

    @property
    def order(self) -> "Order":
        """``sdk.order``: the order operations of the documented SDK."""
        return self._resource("order")  # type: ignore[no-any-return]

    @property
    def invoice(self) -> "Invoice":
        """``sdk.invoice``: the invoice operations of the documented SDK."""
        return self._resource("invoice")  # type: ignore[no-any-return]

    @property
    def setting(self) -> "Setting":
        """``sdk.setting``: the setting operations of the documented SDK."""
        return self._resource("setting")  # type: ignore[no-any-return]

    @property
    def discount_profile(self) -> "DiscountProfile":
        """``sdk.discount_profile``: the discount profile operations of the documented SDK."""
        return self._resource("discount_profile")  # type: ignore[no-any-return]

    @property
    def payment(self) -> "Payment":
        """``sdk.payment``: the payment operations of the documented SDK."""
        return self._resource("payment")  # type: ignore[no-any-return]

    @property
    def express(self) -> "Express":
        """``sdk.express``: the express operations of the documented SDK."""
        return self._resource("express")  # type: ignore[no-any-return]

    @property
    def refund(self) -> "Refund":
        """``sdk.refund``: the refund operations of the documented SDK."""
        return self._resource("refund")  # type: ignore[no-any-return]

    @property
    def purchase_order(self) -> "PurchaseOrder":
        """``sdk.purchase_order``: the purchase order operations of the documented SDK."""
        return self._resource("purchase_order")  # type: ignore[no-any-return]

    @property
    def purchase_invoice(self) -> "PurchaseInvoice":
        """``sdk.purchase_invoice``: the purchase invoice operations of the documented SDK."""
        return self._resource("purchase_invoice")  # type: ignore[no-any-return]

    @property
    def gift_certificates(self) -> "GiftCertificates":
        """``sdk.gift_certificates``: the gift certificates operations of the documented SDK."""
        return self._resource("gift_certificates")  # type: ignore[no-any-return]

    @property
    def credit_note(self) -> "CreditNote":
        """``sdk.credit_note``: the credit note operations of the documented SDK."""
        return self._resource("credit_note")  # type: ignore[no-any-return]

    @property
    def custom_objects(self) -> "CustomObjects":
        """``sdk.custom_objects``: the custom objects operations of the documented SDK."""
        return self._resource("custom_objects")  # type: ignore[no-any-return]

    @property
    def return_merchandise_authorisations(self) -> "ReturnMerchandiseAuthorisations":
        """``sdk.return_merchandise_authorisations``: the return merchandise authorisations operations of the documented SDK."""
        return self._resource("return_merchandise_authorisations")  # type: ignore[no-any-return]

    @property
    def purchase_payments(self) -> "PurchasePayments":
        """``sdk.purchase_payments``: the purchase payments operations of the documented SDK."""
        return self._resource("purchase_payments")  # type: ignore[no-any-return]

    @property
    def custom_component(self) -> "CustomComponent":
        """``sdk.custom_component``: the custom component operations of the documented SDK."""
        return self._resource("custom_component")  # type: ignore[no-any-return]

    @property
    def custom_attributes(self) -> "CustomAttributes":
        """``sdk.custom_attributes``: the custom attributes operations of the documented SDK."""
        return self._resource("custom_attributes")  # type: ignore[no-any-return]

    @property
    def external_database(self) -> "ExternalDatabase":
        """``sdk.external_database``: the external database operations of the documented SDK."""
        return self._resource("external_database")  # type: ignore[no-any-return]

    @property
    def portal(self) -> "Portal":
        """``sdk.portal``: the portal operations of the documented SDK."""
        return self._resource("portal")  # type: ignore[no-any-return]

    @property
    def accounting_codes(self) -> "AccountingCodes":
        """``sdk.accounting_codes``: the accounting codes operations of the documented SDK."""
        return self._resource("accounting_codes")  # type: ignore[no-any-return]

    @property
    def alert(self) -> "Alert":
        """``sdk.alert``: the alert operations of the documented SDK."""
        return self._resource("alert")  # type: ignore[no-any-return]

    @property
    def approval(self) -> "Approval":
        """``sdk.approval``: the approval operations of the documented SDK."""
        return self._resource("approval")  # type: ignore[no-any-return]

    @property
    def communications(self) -> "Communications":
        """``sdk.communications``: the communications operations of the documented SDK."""
        return self._resource("communications")  # type: ignore[no-any-return]

    @property
    def custom_feature(self) -> "CustomFeature":
        """``sdk.custom_feature``: the custom feature operations of the documented SDK."""
        return self._resource("custom_feature")  # type: ignore[no-any-return]

    @property
    def employee(self) -> "Employee":
        """``sdk.employee``: the employee operations of the documented SDK."""
        return self._resource("employee")  # type: ignore[no-any-return]

    @property
    def event(self) -> "Event":
        """``sdk.event``: the event operations of the documented SDK."""
        return self._resource("event")  # type: ignore[no-any-return]

    @property
    def integration(self) -> "Integration":
        """``sdk.integration``: the integration operations of the documented SDK."""
        return self._resource("integration")  # type: ignore[no-any-return]

    @property
    def inventory_adjustments(self) -> "InventoryAdjustments":
        """``sdk.inventory_adjustments``: the inventory adjustments operations of the documented SDK."""
        return self._resource("inventory_adjustments")  # type: ignore[no-any-return]

    @property
    def item(self) -> "Item":
        """``sdk.item``: the item operations of the documented SDK."""
        return self._resource("item")  # type: ignore[no-any-return]

    @property
    def item_fulfillment(self) -> "ItemFulfillment":
        """``sdk.item_fulfillment``: the item fulfillment operations of the documented SDK."""
        return self._resource("item_fulfillment")  # type: ignore[no-any-return]

    @property
    def item_receipt(self) -> "ItemReceipt":
        """``sdk.item_receipt``: the item receipt operations of the documented SDK."""
        return self._resource("item_receipt")  # type: ignore[no-any-return]

    @property
    def labour(self) -> "Labour":
        """``sdk.labour``: the labour operations of the documented SDK."""
        return self._resource("labour")  # type: ignore[no-any-return]

    @property
    def milestone(self) -> "Milestone":
        """``sdk.milestone``: the milestone operations of the documented SDK."""
        return self._resource("milestone")  # type: ignore[no-any-return]

    @property
    def note_groups(self) -> "NoteGroups":
        """``sdk.note_groups``: the note groups operations of the documented SDK."""
        return self._resource("note_groups")  # type: ignore[no-any-return]

    @property
    def proforma_invoice(self) -> "ProformaInvoice":
        """``sdk.proforma_invoice``: the proforma invoice operations of the documented SDK."""
        return self._resource("proforma_invoice")  # type: ignore[no-any-return]

    @property
    def purchase_credit_notes(self) -> "PurchaseCreditNotes":
        """``sdk.purchase_credit_notes``: the purchase credit notes operations of the documented SDK."""
        return self._resource("purchase_credit_notes")  # type: ignore[no-any-return]

    @property
    def purchase_refunds(self) -> "PurchaseRefunds":
        """``sdk.purchase_refunds``: the purchase refunds operations of the documented SDK."""
        return self._resource("purchase_refunds")  # type: ignore[no-any-return]

    @property
    def rental_asset_profiles(self) -> "RentalAssetProfiles":
        """``sdk.rental_asset_profiles``: the rental asset profiles operations of the documented SDK."""
        return self._resource("rental_asset_profiles")  # type: ignore[no-any-return]

    @property
    def rental_assets(self) -> "RentalAssets":
        """``sdk.rental_assets``: the rental assets operations of the documented SDK."""
        return self._resource("rental_assets")  # type: ignore[no-any-return]

    @property
    def reports(self) -> "Reports":
        """``sdk.reports``: the reports operations of the documented SDK."""
        return self._resource("reports")  # type: ignore[no-any-return]

    @property
    def task(self) -> "Task":
        """``sdk.task``: the task operations of the documented SDK."""
        return self._resource("task")  # type: ignore[no-any-return]

    @property
    def timesheet(self) -> "Timesheet":
        """``sdk.timesheet``: the timesheet operations of the documented SDK."""
        return self._resource("timesheet")  # type: ignore[no-any-return]

    @property
    def workflow(self) -> "Workflow":
        """``sdk.workflow``: the workflow operations of the documented SDK."""
        return self._resource("workflow")  # type: ignore[no-any-return]


class AsyncResources:
    """The resource attributes of the async SDK."""

    def _resource(self, name: str) -> Any:  # pragma: no cover - defined by the SDK
        raise NotImplementedError

    @property
    def account(self) -> "AsyncAccount":
        """``sdk.account``: the account operations, named and shaped as in the documented SDK."""
        return self._resource("account")  # type: ignore[no-any-return]

    @property
    def notes(self) -> "AsyncNotes":
        """``sdk.notes``: the account note operations of the documented SDK's notes resource."""
        return self._resource("notes")  # type: ignore[no-any-return]

    @property
    def order(self) -> "AsyncOrder":
        """``sdk.order``: the order operations of the documented SDK."""
        return self._resource("order")  # type: ignore[no-any-return]

    @property
    def invoice(self) -> "AsyncInvoice":
        """``sdk.invoice``: the invoice operations of the documented SDK."""
        return self._resource("invoice")  # type: ignore[no-any-return]

    @property
    def setting(self) -> "AsyncSetting":
        """``sdk.setting``: the setting operations of the documented SDK."""
        return self._resource("setting")  # type: ignore[no-any-return]

    @property
    def discount_profile(self) -> "AsyncDiscountProfile":
        """``sdk.discount_profile``: the discount profile operations of the documented SDK."""
        return self._resource("discount_profile")  # type: ignore[no-any-return]

    @property
    def payment(self) -> "AsyncPayment":
        """``sdk.payment``: the payment operations of the documented SDK."""
        return self._resource("payment")  # type: ignore[no-any-return]

    @property
    def express(self) -> "AsyncExpress":
        """``sdk.express``: the express operations of the documented SDK."""
        return self._resource("express")  # type: ignore[no-any-return]

    @property
    def refund(self) -> "AsyncRefund":
        """``sdk.refund``: the refund operations of the documented SDK."""
        return self._resource("refund")  # type: ignore[no-any-return]

    @property
    def purchase_order(self) -> "AsyncPurchaseOrder":
        """``sdk.purchase_order``: the purchase order operations of the documented SDK."""
        return self._resource("purchase_order")  # type: ignore[no-any-return]

    @property
    def purchase_invoice(self) -> "AsyncPurchaseInvoice":
        """``sdk.purchase_invoice``: the purchase invoice operations of the documented SDK."""
        return self._resource("purchase_invoice")  # type: ignore[no-any-return]

    @property
    def gift_certificates(self) -> "AsyncGiftCertificates":
        """``sdk.gift_certificates``: the gift certificates operations of the documented SDK."""
        return self._resource("gift_certificates")  # type: ignore[no-any-return]

    @property
    def credit_note(self) -> "AsyncCreditNote":
        """``sdk.credit_note``: the credit note operations of the documented SDK."""
        return self._resource("credit_note")  # type: ignore[no-any-return]

    @property
    def custom_objects(self) -> "AsyncCustomObjects":
        """``sdk.custom_objects``: the custom objects operations of the documented SDK."""
        return self._resource("custom_objects")  # type: ignore[no-any-return]

    @property
    def return_merchandise_authorisations(self) -> "AsyncReturnMerchandiseAuthorisations":
        """``sdk.return_merchandise_authorisations``: the return merchandise authorisations operations of the documented SDK."""
        return self._resource("return_merchandise_authorisations")  # type: ignore[no-any-return]

    @property
    def purchase_payments(self) -> "AsyncPurchasePayments":
        """``sdk.purchase_payments``: the purchase payments operations of the documented SDK."""
        return self._resource("purchase_payments")  # type: ignore[no-any-return]

    @property
    def custom_component(self) -> "AsyncCustomComponent":
        """``sdk.custom_component``: the custom component operations of the documented SDK."""
        return self._resource("custom_component")  # type: ignore[no-any-return]

    @property
    def custom_attributes(self) -> "AsyncCustomAttributes":
        """``sdk.custom_attributes``: the custom attributes operations of the documented SDK."""
        return self._resource("custom_attributes")  # type: ignore[no-any-return]

    @property
    def external_database(self) -> "AsyncExternalDatabase":
        """``sdk.external_database``: the external database operations of the documented SDK."""
        return self._resource("external_database")  # type: ignore[no-any-return]

    @property
    def portal(self) -> "AsyncPortal":
        """``sdk.portal``: the portal operations of the documented SDK."""
        return self._resource("portal")  # type: ignore[no-any-return]

    @property
    def accounting_codes(self) -> "AsyncAccountingCodes":
        """``sdk.accounting_codes``: the accounting codes operations of the documented SDK."""
        return self._resource("accounting_codes")  # type: ignore[no-any-return]

    @property
    def alert(self) -> "AsyncAlert":
        """``sdk.alert``: the alert operations of the documented SDK."""
        return self._resource("alert")  # type: ignore[no-any-return]

    @property
    def approval(self) -> "AsyncApproval":
        """``sdk.approval``: the approval operations of the documented SDK."""
        return self._resource("approval")  # type: ignore[no-any-return]

    @property
    def communications(self) -> "AsyncCommunications":
        """``sdk.communications``: the communications operations of the documented SDK."""
        return self._resource("communications")  # type: ignore[no-any-return]

    @property
    def custom_feature(self) -> "AsyncCustomFeature":
        """``sdk.custom_feature``: the custom feature operations of the documented SDK."""
        return self._resource("custom_feature")  # type: ignore[no-any-return]

    @property
    def employee(self) -> "AsyncEmployee":
        """``sdk.employee``: the employee operations of the documented SDK."""
        return self._resource("employee")  # type: ignore[no-any-return]

    @property
    def event(self) -> "AsyncEvent":
        """``sdk.event``: the event operations of the documented SDK."""
        return self._resource("event")  # type: ignore[no-any-return]

    @property
    def integration(self) -> "AsyncIntegration":
        """``sdk.integration``: the integration operations of the documented SDK."""
        return self._resource("integration")  # type: ignore[no-any-return]

    @property
    def inventory_adjustments(self) -> "AsyncInventoryAdjustments":
        """``sdk.inventory_adjustments``: the inventory adjustments operations of the documented SDK."""
        return self._resource("inventory_adjustments")  # type: ignore[no-any-return]

    @property
    def item(self) -> "AsyncItem":
        """``sdk.item``: the item operations of the documented SDK."""
        return self._resource("item")  # type: ignore[no-any-return]

    @property
    def item_fulfillment(self) -> "AsyncItemFulfillment":
        """``sdk.item_fulfillment``: the item fulfillment operations of the documented SDK."""
        return self._resource("item_fulfillment")  # type: ignore[no-any-return]

    @property
    def item_receipt(self) -> "AsyncItemReceipt":
        """``sdk.item_receipt``: the item receipt operations of the documented SDK."""
        return self._resource("item_receipt")  # type: ignore[no-any-return]

    @property
    def labour(self) -> "AsyncLabour":
        """``sdk.labour``: the labour operations of the documented SDK."""
        return self._resource("labour")  # type: ignore[no-any-return]

    @property
    def milestone(self) -> "AsyncMilestone":
        """``sdk.milestone``: the milestone operations of the documented SDK."""
        return self._resource("milestone")  # type: ignore[no-any-return]

    @property
    def note_groups(self) -> "AsyncNoteGroups":
        """``sdk.note_groups``: the note groups operations of the documented SDK."""
        return self._resource("note_groups")  # type: ignore[no-any-return]

    @property
    def proforma_invoice(self) -> "AsyncProformaInvoice":
        """``sdk.proforma_invoice``: the proforma invoice operations of the documented SDK."""
        return self._resource("proforma_invoice")  # type: ignore[no-any-return]

    @property
    def purchase_credit_notes(self) -> "AsyncPurchaseCreditNotes":
        """``sdk.purchase_credit_notes``: the purchase credit notes operations of the documented SDK."""
        return self._resource("purchase_credit_notes")  # type: ignore[no-any-return]

    @property
    def purchase_refunds(self) -> "AsyncPurchaseRefunds":
        """``sdk.purchase_refunds``: the purchase refunds operations of the documented SDK."""
        return self._resource("purchase_refunds")  # type: ignore[no-any-return]

    @property
    def rental_asset_profiles(self) -> "AsyncRentalAssetProfiles":
        """``sdk.rental_asset_profiles``: the rental asset profiles operations of the documented SDK."""
        return self._resource("rental_asset_profiles")  # type: ignore[no-any-return]

    @property
    def rental_assets(self) -> "AsyncRentalAssets":
        """``sdk.rental_assets``: the rental assets operations of the documented SDK."""
        return self._resource("rental_assets")  # type: ignore[no-any-return]

    @property
    def reports(self) -> "AsyncReports":
        """``sdk.reports``: the reports operations of the documented SDK."""
        return self._resource("reports")  # type: ignore[no-any-return]

    @property
    def task(self) -> "AsyncTask":
        """``sdk.task``: the task operations of the documented SDK."""
        return self._resource("task")  # type: ignore[no-any-return]

    @property
    def timesheet(self) -> "AsyncTimesheet":
        """``sdk.timesheet``: the timesheet operations of the documented SDK."""
        return self._resource("timesheet")  # type: ignore[no-any-return]

    @property
    def workflow(self) -> "AsyncWorkflow":
        """``sdk.workflow``: the workflow operations of the documented SDK."""
        return self._resource("workflow")  # type: ignore[no-any-return]
