# generated from api/ — do not edit; run `make generate`
"""``sdk.integration``: the integration operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Integration(Resource):
    """``sdk.integration``: the integration operations of the documented SDK."""

    def connection_list(self) -> Any:
        """Reads the integration connections.

        GET /api/v2/integration-connections

        Returns the answer's JSON as plain data (documented as IntegrationConnectionListResponseDTO).
        """
        return self._run(Call("integration.connection_list"))

    def automation_list(self, integration_uuid: str) -> Any:
        """Reads the automation of the integration.

        GET /api/v3/integration/{integration_uuid}/automation

        Returns the answer's JSON as plain data (documented as IntegrationAutomationListResponseDTO).
        """
        path = [args.ident("integration_uuid", integration_uuid)]
        return self._run(Call("integration.automation_list", path))

    def integration_configuration(self, integration_uuid: str) -> Any:
        """Reads the configuration of the integration.

        GET /api/v3/integration/{integration_uuid}/configuration

        Returns the answer's JSON as plain data (documented as XeroIntegrationConfigurationResponseDTO).
        """
        path = [args.ident("integration_uuid", integration_uuid)]
        return self._run(Call("integration.integration_configuration", path))

    def partner_function_list(self, integration_uuid: str) -> Any:
        """Reads the partner function of the integration.

        GET /api/v3/integration/{integration_uuid}/partner-function

        Returns the answer's JSON as plain data (documented as PartnerFunctionListResponseDTO).
        """
        path = [args.ident("integration_uuid", integration_uuid)]
        return self._run(Call("integration.partner_function_list", path))

    def automation_details(self, integration_uuid: str, automation_uuid: str) -> Any:
        """Reads one record of automation of the integration.

        GET /api/v3/integration/{integration_uuid}/automation/{automation_uuid}

        Returns the answer's JSON as plain data (documented as IntegrationAutomationDetailsResponseDTO).
        """
        path = [args.ident("integration_uuid", integration_uuid), args.ident("automation_uuid", automation_uuid)]
        return self._run(Call("integration.automation_details", path))

    def partner_function_details(self, integration_uuid: str, partner_function_uuid: str) -> Any:
        """Reads one record of partner function of the integration.

        GET /api/v3/integration/{integration_uuid}/partner-function/{partner_function_uuid}

        Returns the answer's JSON as plain data (documented as PartnerFunctionDetailsResponseDTO).
        """
        path = [args.ident("integration_uuid", integration_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        return self._run(Call("integration.partner_function_details", path))

    def connection_delete(self, connection_uuid: str) -> DeleteResult:
        """Deletes one record of integration.

        DELETE /api/v3/integration/{connection_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("DeleteResult", self._run(Call("integration.connection_delete", path)))

    def create_connection(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in integration.

        POST /api/v3/integration

        Returns the answer's JSON as plain data (documented as IntegrationConnectionCreateResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("integration.create_connection", body=body))

    def enable_connection(self, connection_uuid: str) -> Any:
        """Runs enable of the integration.

        POST /api/v3/integration/{connection_uuid}/enable

        Returns the answer's JSON as plain data (documented as IntegrationConnectionEnableResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return self._run(Call("integration.enable_connection", path))

    def disable_connection(self, connection_uuid: str) -> Any:
        """Runs disable of the integration.

        POST /api/v3/integration/{connection_uuid}/disable

        Returns the answer's JSON as plain data (documented as IntegrationConnectionDisableResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return self._run(Call("integration.disable_connection", path))

    def get_connection_by_id(self, connection_uuid: str) -> Any:
        """Reads one record of integration connections.

        GET /api/v2/integration-connections/{connection_uuid}

        Returns the answer's JSON as plain data (documented as IntegrationConnectionGetResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return self._run(Call("integration.get_connection_by_id", path))

    def create_automation(self, connection_uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in automation of the integration.

        POST /api/v3/integration/{connection_uuid}/automation

        Returns the answer's JSON as plain data (documented as AutomationCreateResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("integration.create_automation", path, body=body))

    def create_partner_function(self, connection_uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in partner function of the integration.

        POST /api/v3/integration/{connection_uuid}/partner-function

        Returns the answer's JSON as plain data (documented as PartnerFunctionCreateResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("integration.create_partner_function", path, body=body))

    def enable_partner_function(self, connection_uuid: str, partner_function_uuid: str) -> Any:
        """Runs enable of the integration partner function.

        POST /api/v3/integration/{connection_uuid}/partner-function/{partner_function_uuid}/enable

        Returns the answer's JSON as plain data (documented as PartnerFunctionEnableResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        return self._run(Call("integration.enable_partner_function", path))

    def disable_partner_function(self, connection_uuid: str, partner_function_uuid: str) -> Any:
        """Runs disable of the integration partner function.

        POST /api/v3/integration/{connection_uuid}/partner-function/{partner_function_uuid}/disable

        Returns the answer's JSON as plain data (documented as PartnerFunctionDisableResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        return self._run(Call("integration.disable_partner_function", path))

    def update_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Any:
        """Updates one record of partner function of the integration.

        PATCH /api/v3/integration/{connection_uuid}/partner-function/{partner_function_uuid}

        Returns the answer's JSON as plain data (documented as PartnerFunctionUpdateResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("integration.update_partner_function", path, body=body))

    def update_automation(
        self,
        connection_uuid: str,
        automation_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Any:
        """Updates one record of automation of the integration.

        PATCH /api/v3/integration/{connection_uuid}/automation/{automation_uuid}

        Returns the answer's JSON as plain data (documented as AutomationUpdateResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("automation_uuid", automation_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("integration.update_automation", path, body=body))

    def update_integration_configuration(
        self,
        connection_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Any:
        """Updates the configuration of the integration.

        PATCH /api/v3/integration/{connection_uuid}/configuration

        Returns the answer's JSON as plain data (documented as IntegrationConnectionConfigResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("integration.update_integration_configuration", path, body=body))

    def get_list_linked_objects_by_account(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of linked accounts of the integration.

        GET /api/v3/integration/{provider_uuid}/linked-accounts

        Returns the answer's JSON as plain data (documented as LinkedAccountsResponseDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("integration.get_list_linked_objects_by_account", path, query=query))

    def get_list_linked_objects_by_account_iter_all(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_list_linked_objects_by_account``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/integration/{provider_uuid}/linked-accounts

        Returns the answer's JSON as plain data (documented as LinkedAccountDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("integration.get_list_linked_objects_by_account", path, query, limit, offset, None)))

    def get_linked_objects_by_account_details(self, provider_uuid: str, linked_account_uuid: str) -> Any:
        """Reads one record of linked accounts of the integration.

        GET /api/v3/integration/{provider_uuid}/linked-accounts/{linked_account_uuid}

        Returns the answer's JSON as plain data (documented as LinkedAccountResponseDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        return self._run(Call("integration.get_linked_objects_by_account_details", path))

    def get_list_linked_objects_by_customer(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of linked customers of the integration.

        GET /api/v3/integration/{provider_uuid}/linked-customers

        Returns the answer's JSON as plain data (documented as LinkedCustomersListResponseDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("integration.get_list_linked_objects_by_customer", path, query=query))

    def get_list_linked_objects_by_customer_iter_all(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_list_linked_objects_by_customer``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/integration/{provider_uuid}/linked-customers

        Returns the answer's JSON as plain data (documented as LinkedCustomerDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("integration.get_list_linked_objects_by_customer", path, query, limit, offset, None)))

    def get_linked_objects_by_customer_details(self, provider_uuid: str, linked_account_uuid: str) -> Any:
        """Reads one record of linked customers of the integration.

        GET /api/v3/integration/{provider_uuid}/linked-customers/{linked_account_uuid}

        Returns the answer's JSON as plain data (documented as LinkedCustomersDetailsResponseDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        return self._run(Call("integration.get_linked_objects_by_customer_details", path))

    def get_linked_objects_by_customer_quotes(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of quotes of the integration linked customers.

        GET /api/v3/integration/{provider_uuid}/linked-customers/{linked_account_uuid}/quotes

        Returns the answer's JSON as plain data (documented as LinkedCustomersQuotesResponseDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("integration.get_linked_objects_by_customer_quotes", path, query=query))

    def get_linked_objects_by_customer_quotes_iter_all(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_linked_objects_by_customer_quotes``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/integration/{provider_uuid}/linked-customers/{linked_account_uuid}/quotes

        Returns the answer's JSON as plain data (documented as LinkedCustomersQuotesDataDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("integration.get_linked_objects_by_customer_quotes", path, query, limit, offset, None)))

    def get_linked_quotes_list(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of linked quotes of the integration.

        GET /api/v3/integration/{provider_uuid}/linked-quotes

        Returns the answer's JSON as plain data (documented as LinkedQuotesListDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("integration.get_linked_quotes_list", path, query=query))

    def get_linked_quotes_list_iter_all(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_linked_quotes_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/integration/{provider_uuid}/linked-quotes

        Returns the answer's JSON as plain data (documented as LinkedCustomersQuotesDataDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("integration.get_linked_quotes_list", path, query, limit, offset, None)))

    def get_linked_quotes_details(self, provider_uuid: str, quotes_uuid: str) -> Any:
        """Reads one record of linked quotes of the integration.

        GET /api/v3/integration/{provider_uuid}/linked-quotes/{quotes_uuid}

        Returns the answer's JSON as plain data (documented as LinkedQuotesDetailsDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("quotes_uuid", quotes_uuid)]
        return self._run(Call("integration.get_linked_quotes_details", path))

    def create_unlink_items(self, connection_uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Creates a record in unlink items of the integration.

        POST /api/v3/integration/{connection_uuid}/unlink-items

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("integration.create_unlink_items", path, body=body)))

    def create_link_items(self, connection_uuid: str) -> DeleteResult:
        """Creates a record in link items of the integration.

        POST /api/v3/integration/{connection_uuid}/link-items

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("DeleteResult", self._run(Call("integration.create_link_items", path)))

    def create_save_connection(self, connection_uuid: str) -> DeleteResult:
        """Creates a record in save connection of the integration.

        POST /api/v3/integration/{connection_uuid}/save-connection

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("DeleteResult", self._run(Call("integration.create_save_connection", path)))

    def create_sync_currencies(self, connection_uuid: str) -> DeleteResult:
        """Creates a record in sync currencies of the integration.

        POST /api/v3/integration/{connection_uuid}/sync-currencies

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("DeleteResult", self._run(Call("integration.create_sync_currencies", path)))

    def create_sync_accounting_codes(self, connection_uuid: str) -> DeleteResult:
        """Creates a record in sync accounting codes of the integration.

        POST /api/v3/integration/{connection_uuid}/sync-accounting-codes

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("DeleteResult", self._run(Call("integration.create_sync_accounting_codes", path)))

    def create_sync_taxes(self, connection_uuid: str) -> DeleteResult:
        """Creates a record in sync taxes of the integration.

        POST /api/v3/integration/{connection_uuid}/sync-taxes

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("DeleteResult", self._run(Call("integration.create_sync_taxes", path)))


class AsyncIntegration(Resource):
    """``sdk.integration``: the integration operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def connection_list(self) -> Awaitable[Any]:
        """Reads the integration connections.

        GET /api/v2/integration-connections

        Returns the answer's JSON as plain data (documented as IntegrationConnectionListResponseDTO).
        """
        return cast("Awaitable[Any]", self._run(Call("integration.connection_list")))

    def automation_list(self, integration_uuid: str) -> Awaitable[Any]:
        """Reads the automation of the integration.

        GET /api/v3/integration/{integration_uuid}/automation

        Returns the answer's JSON as plain data (documented as IntegrationAutomationListResponseDTO).
        """
        path = [args.ident("integration_uuid", integration_uuid)]
        return cast("Awaitable[Any]", self._run(Call("integration.automation_list", path)))

    def integration_configuration(self, integration_uuid: str) -> Awaitable[Any]:
        """Reads the configuration of the integration.

        GET /api/v3/integration/{integration_uuid}/configuration

        Returns the answer's JSON as plain data (documented as XeroIntegrationConfigurationResponseDTO).
        """
        path = [args.ident("integration_uuid", integration_uuid)]
        return cast("Awaitable[Any]", self._run(Call("integration.integration_configuration", path)))

    def partner_function_list(self, integration_uuid: str) -> Awaitable[Any]:
        """Reads the partner function of the integration.

        GET /api/v3/integration/{integration_uuid}/partner-function

        Returns the answer's JSON as plain data (documented as PartnerFunctionListResponseDTO).
        """
        path = [args.ident("integration_uuid", integration_uuid)]
        return cast("Awaitable[Any]", self._run(Call("integration.partner_function_list", path)))

    def automation_details(self, integration_uuid: str, automation_uuid: str) -> Awaitable[Any]:
        """Reads one record of automation of the integration.

        GET /api/v3/integration/{integration_uuid}/automation/{automation_uuid}

        Returns the answer's JSON as plain data (documented as IntegrationAutomationDetailsResponseDTO).
        """
        path = [args.ident("integration_uuid", integration_uuid), args.ident("automation_uuid", automation_uuid)]
        return cast("Awaitable[Any]", self._run(Call("integration.automation_details", path)))

    def partner_function_details(self, integration_uuid: str, partner_function_uuid: str) -> Awaitable[Any]:
        """Reads one record of partner function of the integration.

        GET /api/v3/integration/{integration_uuid}/partner-function/{partner_function_uuid}

        Returns the answer's JSON as plain data (documented as PartnerFunctionDetailsResponseDTO).
        """
        path = [args.ident("integration_uuid", integration_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        return cast("Awaitable[Any]", self._run(Call("integration.partner_function_details", path)))

    def connection_delete(self, connection_uuid: str) -> Awaitable[DeleteResult]:
        """Deletes one record of integration.

        DELETE /api/v3/integration/{connection_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.connection_delete", path)))

    def create_connection(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in integration.

        POST /api/v3/integration

        Returns the answer's JSON as plain data (documented as IntegrationConnectionCreateResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("integration.create_connection", body=body)))

    def enable_connection(self, connection_uuid: str) -> Awaitable[Any]:
        """Runs enable of the integration.

        POST /api/v3/integration/{connection_uuid}/enable

        Returns the answer's JSON as plain data (documented as IntegrationConnectionEnableResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[Any]", self._run(Call("integration.enable_connection", path)))

    def disable_connection(self, connection_uuid: str) -> Awaitable[Any]:
        """Runs disable of the integration.

        POST /api/v3/integration/{connection_uuid}/disable

        Returns the answer's JSON as plain data (documented as IntegrationConnectionDisableResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[Any]", self._run(Call("integration.disable_connection", path)))

    def get_connection_by_id(self, connection_uuid: str) -> Awaitable[Any]:
        """Reads one record of integration connections.

        GET /api/v2/integration-connections/{connection_uuid}

        Returns the answer's JSON as plain data (documented as IntegrationConnectionGetResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[Any]", self._run(Call("integration.get_connection_by_id", path)))

    def create_automation(self, connection_uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in automation of the integration.

        POST /api/v3/integration/{connection_uuid}/automation

        Returns the answer's JSON as plain data (documented as AutomationCreateResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("integration.create_automation", path, body=body)))

    def create_partner_function(
        self,
        connection_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Creates a record in partner function of the integration.

        POST /api/v3/integration/{connection_uuid}/partner-function

        Returns the answer's JSON as plain data (documented as PartnerFunctionCreateResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("integration.create_partner_function", path, body=body)))

    def enable_partner_function(self, connection_uuid: str, partner_function_uuid: str) -> Awaitable[Any]:
        """Runs enable of the integration partner function.

        POST /api/v3/integration/{connection_uuid}/partner-function/{partner_function_uuid}/enable

        Returns the answer's JSON as plain data (documented as PartnerFunctionEnableResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        return cast("Awaitable[Any]", self._run(Call("integration.enable_partner_function", path)))

    def disable_partner_function(self, connection_uuid: str, partner_function_uuid: str) -> Awaitable[Any]:
        """Runs disable of the integration partner function.

        POST /api/v3/integration/{connection_uuid}/partner-function/{partner_function_uuid}/disable

        Returns the answer's JSON as plain data (documented as PartnerFunctionDisableResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        return cast("Awaitable[Any]", self._run(Call("integration.disable_partner_function", path)))

    def update_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Updates one record of partner function of the integration.

        PATCH /api/v3/integration/{connection_uuid}/partner-function/{partner_function_uuid}

        Returns the answer's JSON as plain data (documented as PartnerFunctionUpdateResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("integration.update_partner_function", path, body=body)))

    def update_automation(
        self,
        connection_uuid: str,
        automation_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Updates one record of automation of the integration.

        PATCH /api/v3/integration/{connection_uuid}/automation/{automation_uuid}

        Returns the answer's JSON as plain data (documented as AutomationUpdateResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("automation_uuid", automation_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("integration.update_automation", path, body=body)))

    def update_integration_configuration(
        self,
        connection_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Updates the configuration of the integration.

        PATCH /api/v3/integration/{connection_uuid}/configuration

        Returns the answer's JSON as plain data (documented as IntegrationConnectionConfigResponseDTO).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("integration.update_integration_configuration", path, body=body)))

    def get_list_linked_objects_by_account(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of linked accounts of the integration.

        GET /api/v3/integration/{provider_uuid}/linked-accounts

        Returns the answer's JSON as plain data (documented as LinkedAccountsResponseDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("integration.get_list_linked_objects_by_account", path, query=query)))

    def get_list_linked_objects_by_account_iter_all(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_list_linked_objects_by_account``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/integration/{provider_uuid}/linked-accounts

        Returns the answer's JSON as plain data (documented as LinkedAccountDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("integration.get_list_linked_objects_by_account", path, query, limit, offset, None)))

    def get_linked_objects_by_account_details(self, provider_uuid: str, linked_account_uuid: str) -> Awaitable[Any]:
        """Reads one record of linked accounts of the integration.

        GET /api/v3/integration/{provider_uuid}/linked-accounts/{linked_account_uuid}

        Returns the answer's JSON as plain data (documented as LinkedAccountResponseDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        return cast("Awaitable[Any]", self._run(Call("integration.get_linked_objects_by_account_details", path)))

    def get_list_linked_objects_by_customer(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of linked customers of the integration.

        GET /api/v3/integration/{provider_uuid}/linked-customers

        Returns the answer's JSON as plain data (documented as LinkedCustomersListResponseDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("integration.get_list_linked_objects_by_customer", path, query=query)))

    def get_list_linked_objects_by_customer_iter_all(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_list_linked_objects_by_customer``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/integration/{provider_uuid}/linked-customers

        Returns the answer's JSON as plain data (documented as LinkedCustomerDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("integration.get_list_linked_objects_by_customer", path, query, limit, offset, None)))

    def get_linked_objects_by_customer_details(self, provider_uuid: str, linked_account_uuid: str) -> Awaitable[Any]:
        """Reads one record of linked customers of the integration.

        GET /api/v3/integration/{provider_uuid}/linked-customers/{linked_account_uuid}

        Returns the answer's JSON as plain data (documented as LinkedCustomersDetailsResponseDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        return cast("Awaitable[Any]", self._run(Call("integration.get_linked_objects_by_customer_details", path)))

    def get_linked_objects_by_customer_quotes(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of quotes of the integration linked customers.

        GET /api/v3/integration/{provider_uuid}/linked-customers/{linked_account_uuid}/quotes

        Returns the answer's JSON as plain data (documented as LinkedCustomersQuotesResponseDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("integration.get_linked_objects_by_customer_quotes", path, query=query)))

    def get_linked_objects_by_customer_quotes_iter_all(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_linked_objects_by_customer_quotes``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/integration/{provider_uuid}/linked-customers/{linked_account_uuid}/quotes

        Returns the answer's JSON as plain data (documented as LinkedCustomersQuotesDataDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("integration.get_linked_objects_by_customer_quotes", path, query, limit, offset, None)))

    def get_linked_quotes_list(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of linked quotes of the integration.

        GET /api/v3/integration/{provider_uuid}/linked-quotes

        Returns the answer's JSON as plain data (documented as LinkedQuotesListDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("integration.get_linked_quotes_list", path, query=query)))

    def get_linked_quotes_list_iter_all(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_linked_quotes_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/integration/{provider_uuid}/linked-quotes

        Returns the answer's JSON as plain data (documented as LinkedCustomersQuotesDataDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("integration.get_linked_quotes_list", path, query, limit, offset, None)))

    def get_linked_quotes_details(self, provider_uuid: str, quotes_uuid: str) -> Awaitable[Any]:
        """Reads one record of linked quotes of the integration.

        GET /api/v3/integration/{provider_uuid}/linked-quotes/{quotes_uuid}

        Returns the answer's JSON as plain data (documented as LinkedQuotesDetailsDTO).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("quotes_uuid", quotes_uuid)]
        return cast("Awaitable[Any]", self._run(Call("integration.get_linked_quotes_details", path)))

    def create_unlink_items(
        self,
        connection_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Creates a record in unlink items of the integration.

        POST /api/v3/integration/{connection_uuid}/unlink-items

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.create_unlink_items", path, body=body)))

    def create_link_items(self, connection_uuid: str) -> Awaitable[DeleteResult]:
        """Creates a record in link items of the integration.

        POST /api/v3/integration/{connection_uuid}/link-items

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.create_link_items", path)))

    def create_save_connection(self, connection_uuid: str) -> Awaitable[DeleteResult]:
        """Creates a record in save connection of the integration.

        POST /api/v3/integration/{connection_uuid}/save-connection

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.create_save_connection", path)))

    def create_sync_currencies(self, connection_uuid: str) -> Awaitable[DeleteResult]:
        """Creates a record in sync currencies of the integration.

        POST /api/v3/integration/{connection_uuid}/sync-currencies

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.create_sync_currencies", path)))

    def create_sync_accounting_codes(self, connection_uuid: str) -> Awaitable[DeleteResult]:
        """Creates a record in sync accounting codes of the integration.

        POST /api/v3/integration/{connection_uuid}/sync-accounting-codes

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.create_sync_accounting_codes", path)))

    def create_sync_taxes(self, connection_uuid: str) -> Awaitable[DeleteResult]:
        """Creates a record in sync taxes of the integration.

        POST /api/v3/integration/{connection_uuid}/sync-taxes

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.create_sync_taxes", path)))
