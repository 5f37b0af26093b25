# generated from api/ — do not edit; run `make generate`
"""``sdk.setting``: the setting operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Setting(Resource):
    """``sdk.setting``: the setting operations of the documented SDK."""

    def get_settings(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of settings.

        GET /api/v3/settings

        Returns the answer's JSON as plain data.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("setting.get_settings", query=query))

    def get_settings_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_settings``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings", [], query, limit, offset, None)))

    def get_settings_payment_processor(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of payment processors of the settings.

        GET /api/v2/settings/payment_processors

        Returns the answer's JSON as plain data (documented as SettingPaymentProcessorListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("setting.get_settings_payment_processor", query=query))

    def get_settings_payment_processor_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_settings_payment_processor``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/payment_processors

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_payment_processor", [], query, limit, offset, None)))

    def get_settings_pricing_levels(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of pricing levels of the settings.

        GET /api/v3/settings/pricing_levels

        Returns the answer's JSON as plain data (documented as SettingPricingLevelsListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("setting.get_settings_pricing_levels", query=query))

    def get_settings_pricing_levels_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_settings_pricing_levels``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings/pricing_levels

        Returns the answer's JSON as plain data (documented as PricingLevelsDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_pricing_levels", [], query, limit, offset, None)))

    def get_settings_item_group(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of item groups of the settings.

        GET /api/v3/settings/item_groups

        Returns the answer's JSON as plain data (documented as ItemGroupListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("setting.get_settings_item_group", query=query))

    def get_settings_item_group_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_settings_item_group``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings/item_groups

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_item_group", [], query, limit, offset, None)))

    def get_settings_currencies(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of currencies of the settings.

        GET /api/v3/settings/currencies

        Returns the answer's JSON as plain data (documented as CurrenciesResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("setting.get_settings_currencies", query=query))

    def get_settings_currencies_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_settings_currencies``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings/currencies

        Returns the answer's JSON as plain data (documented as CurrencyDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_currencies", [], query, limit, offset, None)))

    def get_settings_taxes(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of taxes of the settings.

        GET /api/v2/settings/taxes

        Returns the answer's JSON as plain data (documented as TaxesResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("setting.get_settings_taxes", query=query))

    def get_settings_taxes_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_settings_taxes``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/taxes

        Returns the answer's JSON as plain data (documented as TaxDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_taxes", [], query, limit, offset, None)))

    def get_settings_discount_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of discount profiles of the settings.

        GET /api/v2/settings/discount_profiles

        Returns the answer's JSON as plain data (documented as DiscountProfilesResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("setting.get_settings_discount_profiles", query=query))

    def get_settings_discount_profiles_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_settings_discount_profiles``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/discount_profiles

        Returns the answer's JSON as plain data (documented as DiscountProfileDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_discount_profiles", [], query, limit, offset, None)))

    def get_settings_warehouses(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of warehouses of the settings.

        GET /api/v2/settings/warehouses

        Returns the answer's JSON as plain data (documented as WarehousesResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("setting.get_settings_warehouses", query=query))

    def get_settings_warehouses_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_settings_warehouses``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/warehouses

        Returns the answer's JSON as plain data (documented as WarehouseDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_warehouses", [], query, limit, offset, None)))

    def get_settings_shipping_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of shipping profiles of the settings.

        GET /api/v2/settings/shipping-profiles

        Returns the answer's JSON as plain data (documented as ShippingProfilesResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("setting.get_settings_shipping_profiles", query=query))

    def get_settings_shipping_profiles_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_settings_shipping_profiles``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/shipping-profiles

        Returns the answer's JSON as plain data (documented as ShippingProfileDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_shipping_profiles", [], query, limit, offset, None)))

    def get_settings_components(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of components of the settings.

        GET /api/v2/settings/components

        Returns the answer's JSON as plain data (documented as ComponentResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("setting.get_settings_components", query=query))

    def get_settings_components_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_settings_components``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/components

        Returns the answer's JSON as plain data (documented as ComponentDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_components", [], query, limit, offset, None)))

    def get_settings_variations(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of variations of the settings.

        GET /api/v2/settings/variations

        Returns the answer's JSON as plain data (documented as VariationsResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("setting.get_settings_variations", query=query))

    def get_settings_variations_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_settings_variations``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/variations

        Returns the answer's JSON as plain data (documented as VariationDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_variations", [], query, limit, offset, None)))

    def variation_update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of variations of the settings.

        PATCH /api/v2/settings/variations/{uuid}

        Returns the answer's JSON as plain data (documented as VariationUpdateResponseDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("setting.variation_update", path, body=body))

    def get_user_settings(
        self,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of user settings.

        GET /api/v2/user_settings

        Returns the answer's JSON as plain data (documented as TaxesResponseDTO).
        """
        query = args.query([("user", uuid), ("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("setting.get_user_settings", query=query))

    def get_user_settings_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_user_settings``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/user_settings

        Returns the answer's JSON as plain data (documented as TaxDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_user_settings", [], query, limit, offset, None)))

    def get_settings_custom_object(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of custom objects of the settings.

        GET /api/v3/settings/custom-objects

        Returns the answer's JSON as plain data.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("setting.get_settings_custom_object", query=query))

    def get_settings_custom_object_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_settings_custom_object``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings/custom-objects

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_custom_object", [], query, limit, offset, None)))

    def variation_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in variations of the settings.

        POST /api/v2/settings/variations

        Returns the answer's JSON as plain data (documented as VariationsResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("setting.variation_create", body=body))

    def setting_custom_object_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Creates a record in custom objects of the settings.

        POST /api/v3/settings/custom-objects

        Returns the answer's JSON as plain data.
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("setting.setting_custom_object_create", body=body)))

    def setting_custom_object_update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Updates one record of custom objects of the settings.

        PATCH /api/v3/settings/custom-objects/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("setting.setting_custom_object_update", path, body=body)))

    def account_field_update(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the account of the settings field settings.

        PATCH /api/v3/settings/field_settings/account

        Returns the answer's JSON as plain data (documented as FieldSettingsSuccessMessageDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("setting.account_field_update", body=body))

    def item_field_update(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the item of the settings field settings.

        PATCH /api/v3/settings/field_settings/item

        Returns the answer's JSON as plain data (documented as FieldSettingsSuccessMessageDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("setting.item_field_update", body=body))

    def date_time_update(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the date and time of the settings general settings.

        PATCH /api/v3/settings/general_settings/date_and_time

        Returns the answer's JSON as plain data (documented as FieldSettingsSuccessMessageDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("setting.date_time_update", body=body))

    def account_general_update(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the account of the settings general settings.

        PATCH /api/v3/settings/general_settings/account

        Returns the answer's JSON as plain data (documented as FieldSettingsSuccessMessageDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("setting.account_general_update", body=body))

    def item_general_update(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the item of the settings general settings.

        PATCH /api/v3/settings/general_settings/item

        Returns the answer's JSON as plain data (documented as FieldSettingsSuccessMessageDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("setting.item_general_update", body=body))

    def get_settings_warehouse_details(self, uuid: str) -> Any:
        """Reads one record of warehouses of the settings.

        GET /api/v2/settings/warehouses/{uuid}

        Returns the answer's JSON as plain data (documented as WarehouseDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("setting.get_settings_warehouse_details", path))

    def get_settings_variation_details(self, uuid: str) -> Any:
        """Reads one record of variations of the settings.

        GET /api/v2/settings/variations/{uuid}

        Returns the answer's JSON as plain data (documented as VariationDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("setting.get_settings_variation_details", path))

    def get_custom_logic_scripts(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of custom logic script of the settings.

        GET /api/v3/settings/custom-logic-script

        Returns the answer's JSON as plain data (documented as CustomLogicScriptsResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("setting.get_custom_logic_scripts", query=query))

    def get_custom_logic_scripts_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_custom_logic_scripts``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings/custom-logic-script

        Returns the answer's JSON as plain data (documented as CustomLogicScriptDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_custom_logic_scripts", [], query, limit, offset, None)))

    def get_custom_logic_script_details(self, uuid: str) -> Any:
        """Reads one record of custom logic script of the settings.

        GET /api/v3/settings/custom-logic-script/{uuid}

        Returns the answer's JSON as plain data (documented as CustomLogicScriptDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("setting.get_custom_logic_script_details", path))

    def get_api_action_script(self, param_filters: Optional[Dict[str, Any]] = None) -> Any:
        """Reads the api action script.

        GET /api/v3/api-action-script

        Returns the answer's JSON as plain data (documented as ActionScriptResponseDTO).
        """
        query = args.query([], param_filters)
        return self._run(Call("setting.get_api_action_script", query=query))

    def read_api_action_script_admin_workflowcount(self, param_filters: Optional[Dict[str, Any]] = None) -> Any:
        """Reads the workflow count all of the api action script.

        GET /api/v3/api-action-script/workflow_count_all

        Returns the answer's JSON as plain data (documented as ActionScriptWorkflowCountAllResponseDTO).
        """
        query = args.query([], param_filters)
        return self._run(Call("setting.read_api_action_script_admin_workflowcount", query=query))

    def get_settings_payment_terms(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of payment terms of the settings.

        GET /api/v3/settings/payment_terms

        Returns the answer's JSON as plain data (documented as PaymentTermsResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("setting.get_settings_payment_terms", query=query))

    def get_settings_payment_terms_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_settings_payment_terms``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings/payment_terms

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_payment_terms", [], query, limit, offset, None)))


class AsyncSetting(Resource):
    """``sdk.setting``: the setting operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def get_settings(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of settings.

        GET /api/v3/settings

        Returns the answer's JSON as plain data.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings", query=query)))

    def get_settings_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_settings``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings", [], query, limit, offset, None)))

    def get_settings_payment_processor(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of payment processors of the settings.

        GET /api/v2/settings/payment_processors

        Returns the answer's JSON as plain data (documented as SettingPaymentProcessorListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_payment_processor", query=query)))

    def get_settings_payment_processor_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_settings_payment_processor``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/payment_processors

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_payment_processor", [], query, limit, offset, None)))

    def get_settings_pricing_levels(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of pricing levels of the settings.

        GET /api/v3/settings/pricing_levels

        Returns the answer's JSON as plain data (documented as SettingPricingLevelsListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_pricing_levels", query=query)))

    def get_settings_pricing_levels_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_settings_pricing_levels``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings/pricing_levels

        Returns the answer's JSON as plain data (documented as PricingLevelsDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_pricing_levels", [], query, limit, offset, None)))

    def get_settings_item_group(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of item groups of the settings.

        GET /api/v3/settings/item_groups

        Returns the answer's JSON as plain data (documented as ItemGroupListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_item_group", query=query)))

    def get_settings_item_group_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_settings_item_group``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings/item_groups

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_item_group", [], query, limit, offset, None)))

    def get_settings_currencies(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of currencies of the settings.

        GET /api/v3/settings/currencies

        Returns the answer's JSON as plain data (documented as CurrenciesResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_currencies", query=query)))

    def get_settings_currencies_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_settings_currencies``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings/currencies

        Returns the answer's JSON as plain data (documented as CurrencyDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_currencies", [], query, limit, offset, None)))

    def get_settings_taxes(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of taxes of the settings.

        GET /api/v2/settings/taxes

        Returns the answer's JSON as plain data (documented as TaxesResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_taxes", query=query)))

    def get_settings_taxes_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_settings_taxes``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/taxes

        Returns the answer's JSON as plain data (documented as TaxDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_taxes", [], query, limit, offset, None)))

    def get_settings_discount_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of discount profiles of the settings.

        GET /api/v2/settings/discount_profiles

        Returns the answer's JSON as plain data (documented as DiscountProfilesResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_discount_profiles", query=query)))

    def get_settings_discount_profiles_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_settings_discount_profiles``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/discount_profiles

        Returns the answer's JSON as plain data (documented as DiscountProfileDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_discount_profiles", [], query, limit, offset, None)))

    def get_settings_warehouses(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of warehouses of the settings.

        GET /api/v2/settings/warehouses

        Returns the answer's JSON as plain data (documented as WarehousesResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_warehouses", query=query)))

    def get_settings_warehouses_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_settings_warehouses``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/warehouses

        Returns the answer's JSON as plain data (documented as WarehouseDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_warehouses", [], query, limit, offset, None)))

    def get_settings_shipping_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of shipping profiles of the settings.

        GET /api/v2/settings/shipping-profiles

        Returns the answer's JSON as plain data (documented as ShippingProfilesResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_shipping_profiles", query=query)))

    def get_settings_shipping_profiles_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_settings_shipping_profiles``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/shipping-profiles

        Returns the answer's JSON as plain data (documented as ShippingProfileDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_shipping_profiles", [], query, limit, offset, None)))

    def get_settings_components(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of components of the settings.

        GET /api/v2/settings/components

        Returns the answer's JSON as plain data (documented as ComponentResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_components", query=query)))

    def get_settings_components_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_settings_components``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/components

        Returns the answer's JSON as plain data (documented as ComponentDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_components", [], query, limit, offset, None)))

    def get_settings_variations(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of variations of the settings.

        GET /api/v2/settings/variations

        Returns the answer's JSON as plain data (documented as VariationsResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_variations", query=query)))

    def get_settings_variations_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_settings_variations``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/variations

        Returns the answer's JSON as plain data (documented as VariationDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_variations", [], query, limit, offset, None)))

    def variation_update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of variations of the settings.

        PATCH /api/v2/settings/variations/{uuid}

        Returns the answer's JSON as plain data (documented as VariationUpdateResponseDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("setting.variation_update", path, body=body)))

    def get_user_settings(
        self,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of user settings.

        GET /api/v2/user_settings

        Returns the answer's JSON as plain data (documented as TaxesResponseDTO).
        """
        query = args.query([("user", uuid), ("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("setting.get_user_settings", query=query)))

    def get_user_settings_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_user_settings``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/user_settings

        Returns the answer's JSON as plain data (documented as TaxDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_user_settings", [], query, limit, offset, None)))

    def get_settings_custom_object(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of custom objects of the settings.

        GET /api/v3/settings/custom-objects

        Returns the answer's JSON as plain data.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_custom_object", query=query)))

    def get_settings_custom_object_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_settings_custom_object``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings/custom-objects

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_custom_object", [], query, limit, offset, None)))

    def variation_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in variations of the settings.

        POST /api/v2/settings/variations

        Returns the answer's JSON as plain data (documented as VariationsResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("setting.variation_create", body=body)))

    def setting_custom_object_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[DeleteResult]:
        """Creates a record in custom objects of the settings.

        POST /api/v3/settings/custom-objects

        Returns the answer's JSON as plain data.
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("setting.setting_custom_object_create", body=body)))

    def setting_custom_object_update(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Updates one record of custom objects of the settings.

        PATCH /api/v3/settings/custom-objects/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("setting.setting_custom_object_update", path, body=body)))

    def account_field_update(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the account of the settings field settings.

        PATCH /api/v3/settings/field_settings/account

        Returns the answer's JSON as plain data (documented as FieldSettingsSuccessMessageDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("setting.account_field_update", body=body)))

    def item_field_update(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the item of the settings field settings.

        PATCH /api/v3/settings/field_settings/item

        Returns the answer's JSON as plain data (documented as FieldSettingsSuccessMessageDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("setting.item_field_update", body=body)))

    def date_time_update(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the date and time of the settings general settings.

        PATCH /api/v3/settings/general_settings/date_and_time

        Returns the answer's JSON as plain data (documented as FieldSettingsSuccessMessageDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("setting.date_time_update", body=body)))

    def account_general_update(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the account of the settings general settings.

        PATCH /api/v3/settings/general_settings/account

        Returns the answer's JSON as plain data (documented as FieldSettingsSuccessMessageDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("setting.account_general_update", body=body)))

    def item_general_update(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the item of the settings general settings.

        PATCH /api/v3/settings/general_settings/item

        Returns the answer's JSON as plain data (documented as FieldSettingsSuccessMessageDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("setting.item_general_update", body=body)))

    def get_settings_warehouse_details(self, uuid: str) -> Awaitable[Any]:
        """Reads one record of warehouses of the settings.

        GET /api/v2/settings/warehouses/{uuid}

        Returns the answer's JSON as plain data (documented as WarehouseDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_warehouse_details", path)))

    def get_settings_variation_details(self, uuid: str) -> Awaitable[Any]:
        """Reads one record of variations of the settings.

        GET /api/v2/settings/variations/{uuid}

        Returns the answer's JSON as plain data (documented as VariationDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_variation_details", path)))

    def get_custom_logic_scripts(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of custom logic script of the settings.

        GET /api/v3/settings/custom-logic-script

        Returns the answer's JSON as plain data (documented as CustomLogicScriptsResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("setting.get_custom_logic_scripts", query=query)))

    def get_custom_logic_scripts_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_custom_logic_scripts``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings/custom-logic-script

        Returns the answer's JSON as plain data (documented as CustomLogicScriptDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_custom_logic_scripts", [], query, limit, offset, None)))

    def get_custom_logic_script_details(self, uuid: str) -> Awaitable[Any]:
        """Reads one record of custom logic script of the settings.

        GET /api/v3/settings/custom-logic-script/{uuid}

        Returns the answer's JSON as plain data (documented as CustomLogicScriptDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("setting.get_custom_logic_script_details", path)))

    def get_api_action_script(self, param_filters: Optional[Dict[str, Any]] = None) -> Awaitable[Any]:
        """Reads the api action script.

        GET /api/v3/api-action-script

        Returns the answer's JSON as plain data (documented as ActionScriptResponseDTO).
        """
        query = args.query([], param_filters)
        return cast("Awaitable[Any]", self._run(Call("setting.get_api_action_script", query=query)))

    def read_api_action_script_admin_workflowcount(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """Reads the workflow count all of the api action script.

        GET /api/v3/api-action-script/workflow_count_all

        Returns the answer's JSON as plain data (documented as ActionScriptWorkflowCountAllResponseDTO).
        """
        query = args.query([], param_filters)
        return cast("Awaitable[Any]", self._run(Call("setting.read_api_action_script_admin_workflowcount", query=query)))

    def get_settings_payment_terms(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of payment terms of the settings.

        GET /api/v3/settings/payment_terms

        Returns the answer's JSON as plain data (documented as PaymentTermsResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_payment_terms", query=query)))

    def get_settings_payment_terms_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_settings_payment_terms``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/settings/payment_terms

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_payment_terms", [], query, limit, offset, None)))
