# generated from api/ — do not edit; run `make generate`
"""``sdk.integration``: the integration operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
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
    LinkedAccountDTO,
    LinkedAccountResponseDTO,
    LinkedAccountsResponseDTO,
    LinkedCustomerDTO,
    LinkedCustomersDetailsResponseDTO,
    LinkedCustomersListResponseDTO,
    LinkedCustomersQuotesDataDTO,
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

if TYPE_CHECKING:
    from exsited.exsited.integration.integration_raw import AsyncIntegrationRaw, IntegrationRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Integration(Resource):
    """``sdk.integration``: the integration operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "IntegrationRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.integration.integration_raw import IntegrationRaw

        return IntegrationRaw(self._raw_copy())

    def connection_list(self) -> IntegrationConnectionListResponseDTO:
        """Reads the integration connections.

        HTTP: ``GET /api/v2/integration-connections``

        Returns:
            IntegrationConnectionListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        return cast("IntegrationConnectionListResponseDTO", self._run(Call("integration.connection_list", answer=IntegrationConnectionListResponseDTO)))

    def automation_list(self, integration_uuid: str) -> IntegrationAutomationListResponseDTO:
        """Reads the automation of an integration.

        HTTP: ``GET /api/v3/integration/{integration_uuid}/automation``

        Returns:
            IntegrationAutomationListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("integration_uuid", integration_uuid)]
        return cast("IntegrationAutomationListResponseDTO", self._run(Call("integration.automation_list", path, answer=IntegrationAutomationListResponseDTO)))

    def integration_configuration(self, integration_uuid: str) -> XeroIntegrationConfigurationResponseDTO:
        """Reads the configuration of an integration.

        HTTP: ``GET /api/v3/integration/{integration_uuid}/configuration``

        Returns:
            XeroIntegrationConfigurationResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("integration_uuid", integration_uuid)]
        return cast("XeroIntegrationConfigurationResponseDTO", self._run(Call("integration.integration_configuration", path, answer=XeroIntegrationConfigurationResponseDTO)))

    def partner_function_list(self, integration_uuid: str) -> PartnerFunctionListResponseDTO:
        """Reads the partner function of an integration.

        HTTP: ``GET /api/v3/integration/{integration_uuid}/partner-function``

        Returns:
            PartnerFunctionListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("integration_uuid", integration_uuid)]
        return cast("PartnerFunctionListResponseDTO", self._run(Call("integration.partner_function_list", path, answer=PartnerFunctionListResponseDTO)))

    def automation_details(
        self,
        integration_uuid: str,
        automation_uuid: str,
    ) -> IntegrationAutomationDetailsResponseDTO:
        """Reads an automation of an integration.

        HTTP: ``GET /api/v3/integration/{integration_uuid}/automation/{automation_uuid}``

        Returns:
            IntegrationAutomationDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("integration_uuid", integration_uuid), args.ident("automation_uuid", automation_uuid)]
        return cast("IntegrationAutomationDetailsResponseDTO", self._run(Call("integration.automation_details", path, answer=IntegrationAutomationDetailsResponseDTO)))

    def partner_function_details(
        self,
        integration_uuid: str,
        partner_function_uuid: str,
    ) -> PartnerFunctionDetailsResponseDTO:
        """Reads a partner function of an integration.

        HTTP: ``GET /api/v3/integration/{integration_uuid}/partner-function/{partner_function_uuid}``

        Returns:
            PartnerFunctionDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("integration_uuid", integration_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        return cast("PartnerFunctionDetailsResponseDTO", self._run(Call("integration.partner_function_details", path, answer=PartnerFunctionDetailsResponseDTO)))

    def connection_delete(self, connection_uuid: str) -> DeleteResult:
        """Deletes an integration.

        HTTP: ``DELETE /api/v3/integration/{connection_uuid}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("DeleteResult", self._run(Call("integration.connection_delete", path)))

    def create_connection(
        self,
        request_data: IntegrationConnectionCreateRequestDTO,
    ) -> IntegrationConnectionCreateResponseDTO:
        """Creates an integration.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/integration`` (json body)

        Returns:
            IntegrationConnectionCreateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (IntegrationConnectionCreateRequestDTO,))
        return cast("IntegrationConnectionCreateResponseDTO", self._run(Call("integration.create_connection", body=body, answer=IntegrationConnectionCreateResponseDTO)))

    def enable_connection(self, connection_uuid: str) -> IntegrationConnectionEnableResponseDTO:
        """Enables an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/enable``

        Returns:
            IntegrationConnectionEnableResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("IntegrationConnectionEnableResponseDTO", self._run(Call("integration.enable_connection", path, answer=IntegrationConnectionEnableResponseDTO)))

    def disable_connection(self, connection_uuid: str) -> IntegrationConnectionDisableResponseDTO:
        """Disables an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/disable``

        Returns:
            IntegrationConnectionDisableResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("IntegrationConnectionDisableResponseDTO", self._run(Call("integration.disable_connection", path, answer=IntegrationConnectionDisableResponseDTO)))

    def get_connection_by_id(self, connection_uuid: str) -> IntegrationConnectionGetResponseDTO:
        """Reads an integration connection.

        HTTP: ``GET /api/v2/integration-connections/{connection_uuid}``

        Returns:
            IntegrationConnectionGetResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("IntegrationConnectionGetResponseDTO", self._run(Call("integration.get_connection_by_id", path, answer=IntegrationConnectionGetResponseDTO)))

    def create_automation(
        self,
        connection_uuid: str,
        request_data: AutomationRequestDTO,
    ) -> AutomationCreateResponseDTO:
        """Creates the automation of an integration.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/automation`` (json body)

        Returns:
            AutomationCreateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (AutomationRequestDTO,))
        return cast("AutomationCreateResponseDTO", self._run(Call("integration.create_automation", path, body=body, answer=AutomationCreateResponseDTO)))

    def create_partner_function(
        self,
        connection_uuid: str,
        request_data: PartnerFunctionRequestDTO,
    ) -> PartnerFunctionCreateResponseDTO:
        """Creates the partner function of an integration.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/partner-function`` (json body)

        Returns:
            PartnerFunctionCreateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (PartnerFunctionRequestDTO,))
        return cast("PartnerFunctionCreateResponseDTO", self._run(Call("integration.create_partner_function", path, body=body, answer=PartnerFunctionCreateResponseDTO)))

    def enable_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
    ) -> PartnerFunctionEnableResponseDTO:
        """Enables a partner function of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/partner-function/{partner_function_uuid}/enable``

        Returns:
            PartnerFunctionEnableResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        return cast("PartnerFunctionEnableResponseDTO", self._run(Call("integration.enable_partner_function", path, answer=PartnerFunctionEnableResponseDTO)))

    def disable_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
    ) -> PartnerFunctionDisableResponseDTO:
        """Disables a partner function of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/partner-function/{partner_function_uuid}/disable``

        Returns:
            PartnerFunctionDisableResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        return cast("PartnerFunctionDisableResponseDTO", self._run(Call("integration.disable_partner_function", path, answer=PartnerFunctionDisableResponseDTO)))

    def update_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
        request_data: PartnerFunctionRequestDTO,
    ) -> PartnerFunctionUpdateResponseDTO:
        """Updates a partner function of an integration.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/integration/{connection_uuid}/partner-function/{partner_function_uuid}`` (json body)

        Returns:
            PartnerFunctionUpdateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        body = args.body("request_data", request_data, (PartnerFunctionRequestDTO,))
        return cast("PartnerFunctionUpdateResponseDTO", self._run(Call("integration.update_partner_function", path, body=body, answer=PartnerFunctionUpdateResponseDTO)))

    def update_automation(
        self,
        connection_uuid: str,
        automation_uuid: str,
        request_data: AutomationRequestDTO,
    ) -> AutomationUpdateResponseDTO:
        """Updates an automation of an integration.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/integration/{connection_uuid}/automation/{automation_uuid}`` (json body)

        Returns:
            AutomationUpdateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("automation_uuid", automation_uuid)]
        body = args.body("request_data", request_data, (AutomationRequestDTO,))
        return cast("AutomationUpdateResponseDTO", self._run(Call("integration.update_automation", path, body=body, answer=AutomationUpdateResponseDTO)))

    def update_integration_configuration(
        self,
        connection_uuid: str,
        request_data: IntegrationConnectionConfigRequestDTO,
    ) -> IntegrationConnectionConfigResponseDTO:
        """Updates the configuration of an integration.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/integration/{connection_uuid}/configuration`` (json body)

        Returns:
            IntegrationConnectionConfigResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (IntegrationConnectionConfigRequestDTO,))
        return cast("IntegrationConnectionConfigResponseDTO", self._run(Call("integration.update_integration_configuration", path, body=body, answer=IntegrationConnectionConfigResponseDTO)))

    def get_list_linked_objects_by_account(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> LinkedAccountsResponseDTO:
        """Lists the linked accounts of an integration, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-accounts``

        Returns:
            LinkedAccountsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("LinkedAccountsResponseDTO", self._run(Call("integration.get_list_linked_objects_by_account", path, query=query, answer=LinkedAccountsResponseDTO)))

    def get_list_linked_objects_by_account_iter_all(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[LinkedAccountDTO]:
        """Every linked account of an integration that ``get_list_linked_objects_by_account`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-accounts``

        Yields:
            LinkedAccountDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[LinkedAccountDTO]", self._iterate(Listing(Call("integration.get_list_linked_objects_by_account", path, query), limit, offset, LinkedAccountDTO)))

    def get_linked_objects_by_account_details(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
    ) -> LinkedAccountResponseDTO:
        """Reads a linked account of an integration.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-accounts/{linked_account_uuid}``

        Returns:
            LinkedAccountResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        return cast("LinkedAccountResponseDTO", self._run(Call("integration.get_linked_objects_by_account_details", path, answer=LinkedAccountResponseDTO)))

    def get_list_linked_objects_by_customer(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> LinkedCustomersListResponseDTO:
        """Lists the linked customers of an integration, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-customers``

        Returns:
            LinkedCustomersListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("LinkedCustomersListResponseDTO", self._run(Call("integration.get_list_linked_objects_by_customer", path, query=query, answer=LinkedCustomersListResponseDTO)))

    def get_list_linked_objects_by_customer_iter_all(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[LinkedCustomerDTO]:
        """Every linked customer of an integration that ``get_list_linked_objects_by_customer`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-customers``

        Yields:
            LinkedCustomerDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[LinkedCustomerDTO]", self._iterate(Listing(Call("integration.get_list_linked_objects_by_customer", path, query), limit, offset, LinkedCustomerDTO)))

    def get_linked_objects_by_customer_details(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
    ) -> LinkedCustomersDetailsResponseDTO:
        """Reads a linked customer of an integration.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-customers/{linked_account_uuid}``

        Returns:
            LinkedCustomersDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        return cast("LinkedCustomersDetailsResponseDTO", self._run(Call("integration.get_linked_objects_by_customer_details", path, answer=LinkedCustomersDetailsResponseDTO)))

    def get_linked_objects_by_customer_quotes(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> LinkedCustomersQuotesResponseDTO:
        """Lists the quotes of a linked customer of an integration, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-customers/{linked_account_uuid}/quotes``

        Returns:
            LinkedCustomersQuotesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("LinkedCustomersQuotesResponseDTO", self._run(Call("integration.get_linked_objects_by_customer_quotes", path, query=query, answer=LinkedCustomersQuotesResponseDTO)))

    def get_linked_objects_by_customer_quotes_iter_all(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[LinkedCustomersQuotesDataDTO]:
        """Every quote of a linked customer of an integration that ``get_linked_objects_by_customer_quotes`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-customers/{linked_account_uuid}/quotes``

        Yields:
            LinkedCustomersQuotesDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[LinkedCustomersQuotesDataDTO]", self._iterate(Listing(Call("integration.get_linked_objects_by_customer_quotes", path, query), limit, offset, LinkedCustomersQuotesDataDTO)))

    def get_linked_quotes_list(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> LinkedQuotesListDTO:
        """Lists the linked quotes of an integration, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-quotes``

        Returns:
            LinkedQuotesListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("LinkedQuotesListDTO", self._run(Call("integration.get_linked_quotes_list", path, query=query, answer=LinkedQuotesListDTO)))

    def get_linked_quotes_list_iter_all(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[LinkedCustomersQuotesDataDTO]:
        """Every linked quote of an integration that ``get_linked_quotes_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-quotes``

        Yields:
            LinkedCustomersQuotesDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[LinkedCustomersQuotesDataDTO]", self._iterate(Listing(Call("integration.get_linked_quotes_list", path, query), limit, offset, LinkedCustomersQuotesDataDTO)))

    def get_linked_quotes_details(self, provider_uuid: str, quotes_uuid: str) -> LinkedQuotesDetailsDTO:
        """Reads a linked quote of an integration.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-quotes/{quotes_uuid}``

        Returns:
            LinkedQuotesDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("quotes_uuid", quotes_uuid)]
        return cast("LinkedQuotesDetailsDTO", self._run(Call("integration.get_linked_quotes_details", path, answer=LinkedQuotesDetailsDTO)))

    def create_unlink_items(self, connection_uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Unlinks the items of an integration.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/unlink-items`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("integration.create_unlink_items", path, body=body)))

    def create_link_items(self, connection_uuid: str) -> DeleteResult:
        """Links the items of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/link-items`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("DeleteResult", self._run(Call("integration.create_link_items", path)))

    def create_save_connection(self, connection_uuid: str) -> DeleteResult:
        """Saves the connection of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/save-connection``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("DeleteResult", self._run(Call("integration.create_save_connection", path)))

    def create_sync_currencies(self, connection_uuid: str) -> DeleteResult:
        """Syncs the currencies of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/sync-currencies``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("DeleteResult", self._run(Call("integration.create_sync_currencies", path)))

    def create_sync_accounting_codes(self, connection_uuid: str) -> DeleteResult:
        """Syncs the accounting codes of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/sync-accounting-codes``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("DeleteResult", self._run(Call("integration.create_sync_accounting_codes", path)))

    def create_sync_taxes(self, connection_uuid: str) -> DeleteResult:
        """Syncs the taxes of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/sync-taxes``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("DeleteResult", self._run(Call("integration.create_sync_taxes", path)))


class AsyncIntegration(Resource):
    """``sdk.integration``: the integration operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncIntegrationRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.integration.integration_raw import AsyncIntegrationRaw

        return AsyncIntegrationRaw(self._raw_copy())

    def connection_list(self) -> Awaitable[IntegrationConnectionListResponseDTO]:
        """Reads the integration connections.

        HTTP: ``GET /api/v2/integration-connections``

        Returns:
            Awaitable of IntegrationConnectionListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        return cast("Awaitable[IntegrationConnectionListResponseDTO]", self._run(Call("integration.connection_list", answer=IntegrationConnectionListResponseDTO)))

    def automation_list(self, integration_uuid: str) -> Awaitable[IntegrationAutomationListResponseDTO]:
        """Reads the automation of an integration.

        HTTP: ``GET /api/v3/integration/{integration_uuid}/automation``

        Returns:
            Awaitable of IntegrationAutomationListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("integration_uuid", integration_uuid)]
        return cast("Awaitable[IntegrationAutomationListResponseDTO]", self._run(Call("integration.automation_list", path, answer=IntegrationAutomationListResponseDTO)))

    def integration_configuration(self, integration_uuid: str) -> Awaitable[XeroIntegrationConfigurationResponseDTO]:
        """Reads the configuration of an integration.

        HTTP: ``GET /api/v3/integration/{integration_uuid}/configuration``

        Returns:
            Awaitable of XeroIntegrationConfigurationResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("integration_uuid", integration_uuid)]
        return cast("Awaitable[XeroIntegrationConfigurationResponseDTO]", self._run(Call("integration.integration_configuration", path, answer=XeroIntegrationConfigurationResponseDTO)))

    def partner_function_list(self, integration_uuid: str) -> Awaitable[PartnerFunctionListResponseDTO]:
        """Reads the partner function of an integration.

        HTTP: ``GET /api/v3/integration/{integration_uuid}/partner-function``

        Returns:
            Awaitable of PartnerFunctionListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("integration_uuid", integration_uuid)]
        return cast("Awaitable[PartnerFunctionListResponseDTO]", self._run(Call("integration.partner_function_list", path, answer=PartnerFunctionListResponseDTO)))

    def automation_details(
        self,
        integration_uuid: str,
        automation_uuid: str,
    ) -> Awaitable[IntegrationAutomationDetailsResponseDTO]:
        """Reads an automation of an integration.

        HTTP: ``GET /api/v3/integration/{integration_uuid}/automation/{automation_uuid}``

        Returns:
            Awaitable of IntegrationAutomationDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("integration_uuid", integration_uuid), args.ident("automation_uuid", automation_uuid)]
        return cast("Awaitable[IntegrationAutomationDetailsResponseDTO]", self._run(Call("integration.automation_details", path, answer=IntegrationAutomationDetailsResponseDTO)))

    def partner_function_details(
        self,
        integration_uuid: str,
        partner_function_uuid: str,
    ) -> Awaitable[PartnerFunctionDetailsResponseDTO]:
        """Reads a partner function of an integration.

        HTTP: ``GET /api/v3/integration/{integration_uuid}/partner-function/{partner_function_uuid}``

        Returns:
            Awaitable of PartnerFunctionDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("integration_uuid", integration_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        return cast("Awaitable[PartnerFunctionDetailsResponseDTO]", self._run(Call("integration.partner_function_details", path, answer=PartnerFunctionDetailsResponseDTO)))

    def connection_delete(self, connection_uuid: str) -> Awaitable[DeleteResult]:
        """Deletes an integration.

        HTTP: ``DELETE /api/v3/integration/{connection_uuid}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.connection_delete", path)))

    def create_connection(
        self,
        request_data: IntegrationConnectionCreateRequestDTO,
    ) -> Awaitable[IntegrationConnectionCreateResponseDTO]:
        """Creates an integration.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/integration`` (json body)

        Returns:
            Awaitable of IntegrationConnectionCreateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (IntegrationConnectionCreateRequestDTO,))
        return cast("Awaitable[IntegrationConnectionCreateResponseDTO]", self._run(Call("integration.create_connection", body=body, answer=IntegrationConnectionCreateResponseDTO)))

    def enable_connection(self, connection_uuid: str) -> Awaitable[IntegrationConnectionEnableResponseDTO]:
        """Enables an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/enable``

        Returns:
            Awaitable of IntegrationConnectionEnableResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[IntegrationConnectionEnableResponseDTO]", self._run(Call("integration.enable_connection", path, answer=IntegrationConnectionEnableResponseDTO)))

    def disable_connection(self, connection_uuid: str) -> Awaitable[IntegrationConnectionDisableResponseDTO]:
        """Disables an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/disable``

        Returns:
            Awaitable of IntegrationConnectionDisableResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[IntegrationConnectionDisableResponseDTO]", self._run(Call("integration.disable_connection", path, answer=IntegrationConnectionDisableResponseDTO)))

    def get_connection_by_id(self, connection_uuid: str) -> Awaitable[IntegrationConnectionGetResponseDTO]:
        """Reads an integration connection.

        HTTP: ``GET /api/v2/integration-connections/{connection_uuid}``

        Returns:
            Awaitable of IntegrationConnectionGetResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[IntegrationConnectionGetResponseDTO]", self._run(Call("integration.get_connection_by_id", path, answer=IntegrationConnectionGetResponseDTO)))

    def create_automation(
        self,
        connection_uuid: str,
        request_data: AutomationRequestDTO,
    ) -> Awaitable[AutomationCreateResponseDTO]:
        """Creates the automation of an integration.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/automation`` (json body)

        Returns:
            Awaitable of AutomationCreateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (AutomationRequestDTO,))
        return cast("Awaitable[AutomationCreateResponseDTO]", self._run(Call("integration.create_automation", path, body=body, answer=AutomationCreateResponseDTO)))

    def create_partner_function(
        self,
        connection_uuid: str,
        request_data: PartnerFunctionRequestDTO,
    ) -> Awaitable[PartnerFunctionCreateResponseDTO]:
        """Creates the partner function of an integration.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/partner-function`` (json body)

        Returns:
            Awaitable of PartnerFunctionCreateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (PartnerFunctionRequestDTO,))
        return cast("Awaitable[PartnerFunctionCreateResponseDTO]", self._run(Call("integration.create_partner_function", path, body=body, answer=PartnerFunctionCreateResponseDTO)))

    def enable_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
    ) -> Awaitable[PartnerFunctionEnableResponseDTO]:
        """Enables a partner function of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/partner-function/{partner_function_uuid}/enable``

        Returns:
            Awaitable of PartnerFunctionEnableResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        return cast("Awaitable[PartnerFunctionEnableResponseDTO]", self._run(Call("integration.enable_partner_function", path, answer=PartnerFunctionEnableResponseDTO)))

    def disable_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
    ) -> Awaitable[PartnerFunctionDisableResponseDTO]:
        """Disables a partner function of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/partner-function/{partner_function_uuid}/disable``

        Returns:
            Awaitable of PartnerFunctionDisableResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        return cast("Awaitable[PartnerFunctionDisableResponseDTO]", self._run(Call("integration.disable_partner_function", path, answer=PartnerFunctionDisableResponseDTO)))

    def update_partner_function(
        self,
        connection_uuid: str,
        partner_function_uuid: str,
        request_data: PartnerFunctionRequestDTO,
    ) -> Awaitable[PartnerFunctionUpdateResponseDTO]:
        """Updates a partner function of an integration.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/integration/{connection_uuid}/partner-function/{partner_function_uuid}`` (json body)

        Returns:
            Awaitable of PartnerFunctionUpdateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("partner_function_uuid", partner_function_uuid)]
        body = args.body("request_data", request_data, (PartnerFunctionRequestDTO,))
        return cast("Awaitable[PartnerFunctionUpdateResponseDTO]", self._run(Call("integration.update_partner_function", path, body=body, answer=PartnerFunctionUpdateResponseDTO)))

    def update_automation(
        self,
        connection_uuid: str,
        automation_uuid: str,
        request_data: AutomationRequestDTO,
    ) -> Awaitable[AutomationUpdateResponseDTO]:
        """Updates an automation of an integration.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/integration/{connection_uuid}/automation/{automation_uuid}`` (json body)

        Returns:
            Awaitable of AutomationUpdateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid), args.ident("automation_uuid", automation_uuid)]
        body = args.body("request_data", request_data, (AutomationRequestDTO,))
        return cast("Awaitable[AutomationUpdateResponseDTO]", self._run(Call("integration.update_automation", path, body=body, answer=AutomationUpdateResponseDTO)))

    def update_integration_configuration(
        self,
        connection_uuid: str,
        request_data: IntegrationConnectionConfigRequestDTO,
    ) -> Awaitable[IntegrationConnectionConfigResponseDTO]:
        """Updates the configuration of an integration.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/integration/{connection_uuid}/configuration`` (json body)

        Returns:
            Awaitable of IntegrationConnectionConfigResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (IntegrationConnectionConfigRequestDTO,))
        return cast("Awaitable[IntegrationConnectionConfigResponseDTO]", self._run(Call("integration.update_integration_configuration", path, body=body, answer=IntegrationConnectionConfigResponseDTO)))

    def get_list_linked_objects_by_account(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[LinkedAccountsResponseDTO]:
        """Lists the linked accounts of an integration, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-accounts``

        Returns:
            Awaitable of LinkedAccountsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[LinkedAccountsResponseDTO]", self._run(Call("integration.get_list_linked_objects_by_account", path, query=query, answer=LinkedAccountsResponseDTO)))

    def get_list_linked_objects_by_account_iter_all(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[LinkedAccountDTO]:
        """Every linked account of an integration that ``get_list_linked_objects_by_account`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-accounts``

        Yields:
            LinkedAccountDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[LinkedAccountDTO]", self._iterate(Listing(Call("integration.get_list_linked_objects_by_account", path, query), limit, offset, LinkedAccountDTO)))

    def get_linked_objects_by_account_details(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
    ) -> Awaitable[LinkedAccountResponseDTO]:
        """Reads a linked account of an integration.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-accounts/{linked_account_uuid}``

        Returns:
            Awaitable of LinkedAccountResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        return cast("Awaitable[LinkedAccountResponseDTO]", self._run(Call("integration.get_linked_objects_by_account_details", path, answer=LinkedAccountResponseDTO)))

    def get_list_linked_objects_by_customer(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[LinkedCustomersListResponseDTO]:
        """Lists the linked customers of an integration, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-customers``

        Returns:
            Awaitable of LinkedCustomersListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[LinkedCustomersListResponseDTO]", self._run(Call("integration.get_list_linked_objects_by_customer", path, query=query, answer=LinkedCustomersListResponseDTO)))

    def get_list_linked_objects_by_customer_iter_all(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[LinkedCustomerDTO]:
        """Every linked customer of an integration that ``get_list_linked_objects_by_customer`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-customers``

        Yields:
            LinkedCustomerDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[LinkedCustomerDTO]", self._iterate(Listing(Call("integration.get_list_linked_objects_by_customer", path, query), limit, offset, LinkedCustomerDTO)))

    def get_linked_objects_by_customer_details(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
    ) -> Awaitable[LinkedCustomersDetailsResponseDTO]:
        """Reads a linked customer of an integration.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-customers/{linked_account_uuid}``

        Returns:
            Awaitable of LinkedCustomersDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        return cast("Awaitable[LinkedCustomersDetailsResponseDTO]", self._run(Call("integration.get_linked_objects_by_customer_details", path, answer=LinkedCustomersDetailsResponseDTO)))

    def get_linked_objects_by_customer_quotes(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[LinkedCustomersQuotesResponseDTO]:
        """Lists the quotes of a linked customer of an integration, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-customers/{linked_account_uuid}/quotes``

        Returns:
            Awaitable of LinkedCustomersQuotesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[LinkedCustomersQuotesResponseDTO]", self._run(Call("integration.get_linked_objects_by_customer_quotes", path, query=query, answer=LinkedCustomersQuotesResponseDTO)))

    def get_linked_objects_by_customer_quotes_iter_all(
        self,
        provider_uuid: str,
        linked_account_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[LinkedCustomersQuotesDataDTO]:
        """Every quote of a linked customer of an integration that ``get_linked_objects_by_customer_quotes`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-customers/{linked_account_uuid}/quotes``

        Yields:
            LinkedCustomersQuotesDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("linked_account_uuid", linked_account_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[LinkedCustomersQuotesDataDTO]", self._iterate(Listing(Call("integration.get_linked_objects_by_customer_quotes", path, query), limit, offset, LinkedCustomersQuotesDataDTO)))

    def get_linked_quotes_list(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[LinkedQuotesListDTO]:
        """Lists the linked quotes of an integration, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-quotes``

        Returns:
            Awaitable of LinkedQuotesListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[LinkedQuotesListDTO]", self._run(Call("integration.get_linked_quotes_list", path, query=query, answer=LinkedQuotesListDTO)))

    def get_linked_quotes_list_iter_all(
        self,
        provider_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[LinkedCustomersQuotesDataDTO]:
        """Every linked quote of an integration that ``get_linked_quotes_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-quotes``

        Yields:
            LinkedCustomersQuotesDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("provider_uuid", provider_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[LinkedCustomersQuotesDataDTO]", self._iterate(Listing(Call("integration.get_linked_quotes_list", path, query), limit, offset, LinkedCustomersQuotesDataDTO)))

    def get_linked_quotes_details(self, provider_uuid: str, quotes_uuid: str) -> Awaitable[LinkedQuotesDetailsDTO]:
        """Reads a linked quote of an integration.

        HTTP: ``GET /api/v3/integration/{provider_uuid}/linked-quotes/{quotes_uuid}``

        Returns:
            Awaitable of LinkedQuotesDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("provider_uuid", provider_uuid), args.ident("quotes_uuid", quotes_uuid)]
        return cast("Awaitable[LinkedQuotesDetailsDTO]", self._run(Call("integration.get_linked_quotes_details", path, answer=LinkedQuotesDetailsDTO)))

    def create_unlink_items(
        self,
        connection_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Unlinks the items of an integration.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/unlink-items`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.create_unlink_items", path, body=body)))

    def create_link_items(self, connection_uuid: str) -> Awaitable[DeleteResult]:
        """Links the items of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/link-items`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.create_link_items", path)))

    def create_save_connection(self, connection_uuid: str) -> Awaitable[DeleteResult]:
        """Saves the connection of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/save-connection``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.create_save_connection", path)))

    def create_sync_currencies(self, connection_uuid: str) -> Awaitable[DeleteResult]:
        """Syncs the currencies of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/sync-currencies``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.create_sync_currencies", path)))

    def create_sync_accounting_codes(self, connection_uuid: str) -> Awaitable[DeleteResult]:
        """Syncs the accounting codes of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/sync-accounting-codes``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.create_sync_accounting_codes", path)))

    def create_sync_taxes(self, connection_uuid: str) -> Awaitable[DeleteResult]:
        """Syncs the taxes of an integration.

        HTTP: ``POST /api/v3/integration/{connection_uuid}/sync-taxes``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("connection_uuid", connection_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("integration.create_sync_taxes", path)))
