# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.integration``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._dto import DTOBase
from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.integration.dto.integration_dto import (
    AutomationCreateResponseDTO,
    AutomationRequestDTO,
    AutomationUpdateResponseDTO,
    IntegrationAutomationDetailsResponseDTO,
    IntegrationAutomationListResponseDTO,
    IntegrationConnectionConfigRequestDTO,
    IntegrationConnectionConfigResponseDTO,
    IntegrationConnectionCreateRequestDTO,
    IntegrationConnectionCreateResponseDTO,
    IntegrationConnectionDisableResponseDTO,
    IntegrationConnectionEnableResponseDTO,
    IntegrationConnectionGetResponseDTO,
    IntegrationConnectionListResponseDTO,
    LinkedAccountResponseDTO,
    LinkedAccountsResponseDTO,
    LinkedCustomersDetailsResponseDTO,
    LinkedCustomersListResponseDTO,
    LinkedCustomersQuotesResponseDTO,
    LinkedQuotesDetailsDTO,
    LinkedQuotesListDTO,
    PartnerFunctionCreateResponseDTO,
    PartnerFunctionDetailsResponseDTO,
    PartnerFunctionDisableResponseDTO,
    PartnerFunctionEnableResponseDTO,
    PartnerFunctionListResponseDTO,
    PartnerFunctionRequestDTO,
    PartnerFunctionUpdateResponseDTO,
    XeroIntegrationConfigurationResponseDTO,
)
from exsited.exsited.integration.integration import DeleteResult


class IntegrationRaw(RawResource):
    """``Integration.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def connection_list(self) -> RawResponse[IntegrationConnectionListResponseDTO]:
        """``Integration.connection_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[IntegrationConnectionListResponseDTO]", self._resource.connection_list())

    def automation_list(self, integration_uuid: str) -> RawResponse[IntegrationAutomationListResponseDTO]:
        """``Integration.automation_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[IntegrationAutomationListResponseDTO]", self._resource.automation_list(
            integration_uuid=integration_uuid,
        ))

    def integration_configuration(self, integration_uuid: str) -> RawResponse[XeroIntegrationConfigurationResponseDTO]:
        """``Integration.integration_configuration``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[XeroIntegrationConfigurationResponseDTO]", self._resource.integration_configuration(
            integration_uuid=integration_uuid,
        ))

    def partner_function_list(self, integration_uuid: str) -> RawResponse[PartnerFunctionListResponseDTO]:
        """``Integration.partner_function_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PartnerFunctionListResponseDTO]", self._resource.partner_function_list(
            integration_uuid=integration_uuid,
        ))

    def automation_details(
        self,
        integration_uuid: str,
        automation_uuid: str,
    ) -> RawResponse[IntegrationAutomationDetailsResponseDTO]:
        """``Integration.automation_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[IntegrationAutomationDetailsResponseDTO]", self._resource.automation_details(
            integration_uuid=integration_uuid,
            automation_uuid=automation_uuid,
        ))

    def partner_function_details(
        self,
        integration_uuid: str,
        partner_function_uuid: str,
    ) -> RawResponse[PartnerFunctionDetailsResponseDTO]:
        """``Integration.partner_function_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PartnerFunctionDetailsResponseDTO]", self._resource.partner_function_details(
            integration_uuid=integration_uuid,
            partner_function_uuid=partner_function_uuid,
        ))

    def connection_delete(self, connection_uuid: str) -> RawResponse[DeleteResult]:
        """``Integration.connection_delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.connection_delete(connection_uuid=connection_uuid))

    def create_connection(
        self,
        request_data: IntegrationConnectionCreateRequestDTO,
    ) -> RawResponse[IntegrationConnectionCreateResponseDTO]:
        """``Integration.create_connection``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[IntegrationConnectionCreateResponseDTO]", self._resource.create_connection(
            request_data=request_data,
        ))

    def enable_connection(self, connection_uuid: str) -> RawResponse[IntegrationConnectionEnableResponseDTO]:
        """``Integration.enable_connection``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[IntegrationConnectionEnableResponseDTO]", self._resource.enable_connection(
            connection_uuid=connection_uuid,
        ))

    def disable_connection(self, connection_uuid: str) -> RawResponse[IntegrationConnectionDisableResponseDTO]:
        """``Integration.disable_connection``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[IntegrationConnectionDisableResponseDTO]", self._resource.disable_connection(
            connection_uuid=connection_uuid,
        ))

    def get_connection_by_id(self, connection_uuid: str) -> RawResponse[IntegrationConnectionGetResponseDTO]:
        """``Integration.get_connection_by_id``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[IntegrationConnectionGetResponseDTO]", self._resource.get_connection_by_id(
            connection_uuid=connection_uuid,
        ))

    def create_automation(
        self,
        connection_uuid: str,
        request_data: AutomationRequestDTO,
    ) -> RawResponse[AutomationCreateResponseDTO]:
        """``Integration.create_automation``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AutomationCreateResponseDTO]", self._resource.create_automation(
            connection_uuid=connection_uuid,
            request_data=request_data,
        ))

    def create_partner_function(
        self,
        connection_uuid: str,
        request_data: PartnerFunctionRequestDTO,
    ) -> RawResponse[PartnerFunctionCreateResponseDTO]:
        """``Integration.create_partner_function``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PartnerFunctionCreateResponseDTO]", self._resource.create_partner_function(
            connection_uuid=connection_uuid,
            request_data=request_data,
        ))

    def enable_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
    ) -> RawResponse[PartnerFunctionEnableResponseDTO]:
        """``Integration.enable_partner_function``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PartnerFunctionEnableResponseDTO]", self._resource.enable_partner_function(
            connection_uuid=connection_uuid,
            partner_function_uuid=partner_function_uuid,
        ))

    def disable_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
    ) -> RawResponse[PartnerFunctionDisableResponseDTO]:
        """``Integration.disable_partner_function``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PartnerFunctionDisableResponseDTO]", self._resource.disable_partner_function(
            connection_uuid=connection_uuid,
            partner_function_uuid=partner_function_uuid,
        ))

    def update_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
        request_data: PartnerFunctionRequestDTO,
    ) -> RawResponse[PartnerFunctionUpdateResponseDTO]:
        """``Integration.update_partner_function``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PartnerFunctionUpdateResponseDTO]", self._resource.update_partner_function(
            connection_uuid=connection_uuid,
            partner_function_uuid=partner_function_uuid,
            request_data=request_data,
        ))

    def update_automation(
        self,
        connection_uuid: str,
        automation_uuid: str,
        request_data: AutomationRequestDTO,
    ) -> RawResponse[AutomationUpdateResponseDTO]:
        """``Integration.update_automation``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AutomationUpdateResponseDTO]", self._resource.update_automation(
            connection_uuid=connection_uuid,
            automation_uuid=automation_uuid,
            request_data=request_data,
        ))

    def update_integration_configuration(
        self,
        connection_uuid: str,
        request_data: IntegrationConnectionConfigRequestDTO,
    ) -> RawResponse[IntegrationConnectionConfigResponseDTO]:
        """``Integration.update_integration_configuration``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[IntegrationConnectionConfigResponseDTO]", self._resource.update_integration_configuration(
            connection_uuid=connection_uuid,
            request_data=request_data,
        ))

    def get_list_linked_objects_by_account(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[LinkedAccountsResponseDTO]:
        """``Integration.get_list_linked_objects_by_account``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LinkedAccountsResponseDTO]", self._resource.get_list_linked_objects_by_account(
            provider_uuid=provider_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_linked_objects_by_account_details(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
    ) -> RawResponse[LinkedAccountResponseDTO]:
        """``Integration.get_linked_objects_by_account_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LinkedAccountResponseDTO]", self._resource.get_linked_objects_by_account_details(
            provider_uuid=provider_uuid,
            linked_account_uuid=linked_account_uuid,
        ))

    def get_list_linked_objects_by_customer(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[LinkedCustomersListResponseDTO]:
        """``Integration.get_list_linked_objects_by_customer``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LinkedCustomersListResponseDTO]", self._resource.get_list_linked_objects_by_customer(
            provider_uuid=provider_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_linked_objects_by_customer_details(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
    ) -> RawResponse[LinkedCustomersDetailsResponseDTO]:
        """``Integration.get_linked_objects_by_customer_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LinkedCustomersDetailsResponseDTO]", self._resource.get_linked_objects_by_customer_details(
            provider_uuid=provider_uuid,
            linked_account_uuid=linked_account_uuid,
        ))

    def get_linked_objects_by_customer_quotes(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[LinkedCustomersQuotesResponseDTO]:
        """``Integration.get_linked_objects_by_customer_quotes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LinkedCustomersQuotesResponseDTO]", self._resource.get_linked_objects_by_customer_quotes(
            provider_uuid=provider_uuid,
            linked_account_uuid=linked_account_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_linked_quotes_list(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[LinkedQuotesListDTO]:
        """``Integration.get_linked_quotes_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LinkedQuotesListDTO]", self._resource.get_linked_quotes_list(
            provider_uuid=provider_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_linked_quotes_details(self, provider_uuid: str, quotes_uuid: str) -> RawResponse[LinkedQuotesDetailsDTO]:
        """``Integration.get_linked_quotes_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LinkedQuotesDetailsDTO]", self._resource.get_linked_quotes_details(
            provider_uuid=provider_uuid,
            quotes_uuid=quotes_uuid,
        ))

    def create_unlink_items(
        self,
        connection_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``Integration.create_unlink_items``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.create_unlink_items(
            connection_uuid=connection_uuid,
            request_data=request_data,
        ))

    def create_link_items(self, connection_uuid: str) -> RawResponse[DeleteResult]:
        """``Integration.create_link_items``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.create_link_items(connection_uuid=connection_uuid))

    def create_save_connection(self, connection_uuid: str) -> RawResponse[DeleteResult]:
        """``Integration.create_save_connection``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.create_save_connection(connection_uuid=connection_uuid))

    def create_sync_currencies(self, connection_uuid: str) -> RawResponse[DeleteResult]:
        """``Integration.create_sync_currencies``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.create_sync_currencies(connection_uuid=connection_uuid))

    def create_sync_accounting_codes(self, connection_uuid: str) -> RawResponse[DeleteResult]:
        """``Integration.create_sync_accounting_codes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.create_sync_accounting_codes(
            connection_uuid=connection_uuid,
        ))

    def create_sync_taxes(self, connection_uuid: str) -> RawResponse[DeleteResult]:
        """``Integration.create_sync_taxes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.create_sync_taxes(connection_uuid=connection_uuid))


class AsyncIntegrationRaw(RawResource):
    """``AsyncIntegration.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def connection_list(self) -> Awaitable[RawResponse[IntegrationConnectionListResponseDTO]]:
        """``AsyncIntegration.connection_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[IntegrationConnectionListResponseDTO]]", self._resource.connection_list())

    def automation_list(self, integration_uuid: str) -> Awaitable[RawResponse[IntegrationAutomationListResponseDTO]]:
        """``AsyncIntegration.automation_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[IntegrationAutomationListResponseDTO]]", self._resource.automation_list(
            integration_uuid=integration_uuid,
        ))

    def integration_configuration(
        self,
        integration_uuid: str,
    ) -> Awaitable[RawResponse[XeroIntegrationConfigurationResponseDTO]]:
        """``AsyncIntegration.integration_configuration``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[XeroIntegrationConfigurationResponseDTO]]", self._resource.integration_configuration(
            integration_uuid=integration_uuid,
        ))

    def partner_function_list(self, integration_uuid: str) -> Awaitable[RawResponse[PartnerFunctionListResponseDTO]]:
        """``AsyncIntegration.partner_function_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PartnerFunctionListResponseDTO]]", self._resource.partner_function_list(
            integration_uuid=integration_uuid,
        ))

    def automation_details(
        self,
        integration_uuid: str,
        automation_uuid: str,
    ) -> Awaitable[RawResponse[IntegrationAutomationDetailsResponseDTO]]:
        """``AsyncIntegration.automation_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[IntegrationAutomationDetailsResponseDTO]]", self._resource.automation_details(
            integration_uuid=integration_uuid,
            automation_uuid=automation_uuid,
        ))

    def partner_function_details(
        self,
        integration_uuid: str,
        partner_function_uuid: str,
    ) -> Awaitable[RawResponse[PartnerFunctionDetailsResponseDTO]]:
        """``AsyncIntegration.partner_function_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PartnerFunctionDetailsResponseDTO]]", self._resource.partner_function_details(
            integration_uuid=integration_uuid,
            partner_function_uuid=partner_function_uuid,
        ))

    def connection_delete(self, connection_uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncIntegration.connection_delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.connection_delete(
            connection_uuid=connection_uuid,
        ))

    def create_connection(
        self,
        request_data: IntegrationConnectionCreateRequestDTO,
    ) -> Awaitable[RawResponse[IntegrationConnectionCreateResponseDTO]]:
        """``AsyncIntegration.create_connection``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[IntegrationConnectionCreateResponseDTO]]", self._resource.create_connection(
            request_data=request_data,
        ))

    def enable_connection(self, connection_uuid: str) -> Awaitable[RawResponse[IntegrationConnectionEnableResponseDTO]]:
        """``AsyncIntegration.enable_connection``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[IntegrationConnectionEnableResponseDTO]]", self._resource.enable_connection(
            connection_uuid=connection_uuid,
        ))

    def disable_connection(
        self,
        connection_uuid: str,
    ) -> Awaitable[RawResponse[IntegrationConnectionDisableResponseDTO]]:
        """``AsyncIntegration.disable_connection``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[IntegrationConnectionDisableResponseDTO]]", self._resource.disable_connection(
            connection_uuid=connection_uuid,
        ))

    def get_connection_by_id(self, connection_uuid: str) -> Awaitable[RawResponse[IntegrationConnectionGetResponseDTO]]:
        """``AsyncIntegration.get_connection_by_id``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[IntegrationConnectionGetResponseDTO]]", self._resource.get_connection_by_id(
            connection_uuid=connection_uuid,
        ))

    def create_automation(
        self,
        connection_uuid: str,
        request_data: AutomationRequestDTO,
    ) -> Awaitable[RawResponse[AutomationCreateResponseDTO]]:
        """``AsyncIntegration.create_automation``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AutomationCreateResponseDTO]]", self._resource.create_automation(
            connection_uuid=connection_uuid,
            request_data=request_data,
        ))

    def create_partner_function(
        self,
        connection_uuid: str,
        request_data: PartnerFunctionRequestDTO,
    ) -> Awaitable[RawResponse[PartnerFunctionCreateResponseDTO]]:
        """``AsyncIntegration.create_partner_function``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PartnerFunctionCreateResponseDTO]]", self._resource.create_partner_function(
            connection_uuid=connection_uuid,
            request_data=request_data,
        ))

    def enable_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
    ) -> Awaitable[RawResponse[PartnerFunctionEnableResponseDTO]]:
        """``AsyncIntegration.enable_partner_function``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PartnerFunctionEnableResponseDTO]]", self._resource.enable_partner_function(
            connection_uuid=connection_uuid,
            partner_function_uuid=partner_function_uuid,
        ))

    def disable_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
    ) -> Awaitable[RawResponse[PartnerFunctionDisableResponseDTO]]:
        """``AsyncIntegration.disable_partner_function``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PartnerFunctionDisableResponseDTO]]", self._resource.disable_partner_function(
            connection_uuid=connection_uuid,
            partner_function_uuid=partner_function_uuid,
        ))

    def update_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
        request_data: PartnerFunctionRequestDTO,
    ) -> Awaitable[RawResponse[PartnerFunctionUpdateResponseDTO]]:
        """``AsyncIntegration.update_partner_function``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PartnerFunctionUpdateResponseDTO]]", self._resource.update_partner_function(
            connection_uuid=connection_uuid,
            partner_function_uuid=partner_function_uuid,
            request_data=request_data,
        ))

    def update_automation(
        self,
        connection_uuid: str,
        automation_uuid: str,
        request_data: AutomationRequestDTO,
    ) -> Awaitable[RawResponse[AutomationUpdateResponseDTO]]:
        """``AsyncIntegration.update_automation``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AutomationUpdateResponseDTO]]", self._resource.update_automation(
            connection_uuid=connection_uuid,
            automation_uuid=automation_uuid,
            request_data=request_data,
        ))

    def update_integration_configuration(
        self,
        connection_uuid: str,
        request_data: IntegrationConnectionConfigRequestDTO,
    ) -> Awaitable[RawResponse[IntegrationConnectionConfigResponseDTO]]:
        """``AsyncIntegration.update_integration_configuration``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[IntegrationConnectionConfigResponseDTO]]", self._resource.update_integration_configuration(
            connection_uuid=connection_uuid,
            request_data=request_data,
        ))

    def get_list_linked_objects_by_account(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[LinkedAccountsResponseDTO]]:
        """``AsyncIntegration.get_list_linked_objects_by_account``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LinkedAccountsResponseDTO]]", self._resource.get_list_linked_objects_by_account(
            provider_uuid=provider_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_linked_objects_by_account_details(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
    ) -> Awaitable[RawResponse[LinkedAccountResponseDTO]]:
        """``AsyncIntegration.get_linked_objects_by_account_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LinkedAccountResponseDTO]]", self._resource.get_linked_objects_by_account_details(
            provider_uuid=provider_uuid,
            linked_account_uuid=linked_account_uuid,
        ))

    def get_list_linked_objects_by_customer(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[LinkedCustomersListResponseDTO]]:
        """``AsyncIntegration.get_list_linked_objects_by_customer``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LinkedCustomersListResponseDTO]]", self._resource.get_list_linked_objects_by_customer(
            provider_uuid=provider_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_linked_objects_by_customer_details(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
    ) -> Awaitable[RawResponse[LinkedCustomersDetailsResponseDTO]]:
        """``AsyncIntegration.get_linked_objects_by_customer_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LinkedCustomersDetailsResponseDTO]]", self._resource.get_linked_objects_by_customer_details(
            provider_uuid=provider_uuid,
            linked_account_uuid=linked_account_uuid,
        ))

    def get_linked_objects_by_customer_quotes(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[LinkedCustomersQuotesResponseDTO]]:
        """``AsyncIntegration.get_linked_objects_by_customer_quotes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LinkedCustomersQuotesResponseDTO]]", self._resource.get_linked_objects_by_customer_quotes(
            provider_uuid=provider_uuid,
            linked_account_uuid=linked_account_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_linked_quotes_list(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[LinkedQuotesListDTO]]:
        """``AsyncIntegration.get_linked_quotes_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LinkedQuotesListDTO]]", self._resource.get_linked_quotes_list(
            provider_uuid=provider_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_linked_quotes_details(
        self,
        provider_uuid: str,
        quotes_uuid: str,
    ) -> Awaitable[RawResponse[LinkedQuotesDetailsDTO]]:
        """``AsyncIntegration.get_linked_quotes_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LinkedQuotesDetailsDTO]]", self._resource.get_linked_quotes_details(
            provider_uuid=provider_uuid,
            quotes_uuid=quotes_uuid,
        ))

    def create_unlink_items(
        self,
        connection_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncIntegration.create_unlink_items``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.create_unlink_items(
            connection_uuid=connection_uuid,
            request_data=request_data,
        ))

    def create_link_items(self, connection_uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncIntegration.create_link_items``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.create_link_items(
            connection_uuid=connection_uuid,
        ))

    def create_save_connection(self, connection_uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncIntegration.create_save_connection``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.create_save_connection(
            connection_uuid=connection_uuid,
        ))

    def create_sync_currencies(self, connection_uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncIntegration.create_sync_currencies``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.create_sync_currencies(
            connection_uuid=connection_uuid,
        ))

    def create_sync_accounting_codes(self, connection_uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncIntegration.create_sync_accounting_codes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.create_sync_accounting_codes(
            connection_uuid=connection_uuid,
        ))

    def create_sync_taxes(self, connection_uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncIntegration.create_sync_taxes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.create_sync_taxes(
            connection_uuid=connection_uuid,
        ))
