# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.setting``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._dto import DTOBase
from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.setting.dto.setting_dto import (
    AccountFieldSettingsRequestDTO,
    ActionScriptResponseDTO,
    ActionScriptWorkflowCountAllResponseDTO,
    ComponentResponseDTO,
    CurrenciesResponseDTO,
    CustomLogicScriptDTO,
    CustomLogicScriptsResponseDTO,
    DiscountProfilesResponseDTO,
    FieldSettingsSuccessMessageDTO,
    ItemGroupListDTO,
    PaymentTermsResponseDTO,
    SettingPaymentProcessorListDTO,
    SettingPricingLevelsListDTO,
    ShippingProfilesResponseDTO,
    TaxesResponseDTO,
    VariationCreateRequestDTO,
    VariationDTO as setting_dto_VariationDTO,
    VariationUpdateResponseDTO,
    VariationsResponseDTO,
    WarehouseDTO as setting_dto_WarehouseDTO,
    WarehousesResponseDTO,
)
from exsited.exsited.setting.dto.setting_general_dto import GeneralSettingRequestDTO
from exsited.exsited.setting.setting import DeleteResult


class SettingRaw(RawResource):
    """``Setting.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def get_settings(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``Setting.get_settings``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.get_settings(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_payment_processor(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[SettingPaymentProcessorListDTO]:
        """``Setting.get_settings_payment_processor``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[SettingPaymentProcessorListDTO]", self._resource.get_settings_payment_processor(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_pricing_levels(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[SettingPricingLevelsListDTO]:
        """``Setting.get_settings_pricing_levels``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[SettingPricingLevelsListDTO]", self._resource.get_settings_pricing_levels(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_item_group(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[ItemGroupListDTO]:
        """``Setting.get_settings_item_group``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ItemGroupListDTO]", self._resource.get_settings_item_group(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_currencies(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[CurrenciesResponseDTO]:
        """``Setting.get_settings_currencies``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CurrenciesResponseDTO]", self._resource.get_settings_currencies(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_taxes(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[TaxesResponseDTO]:
        """``Setting.get_settings_taxes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[TaxesResponseDTO]", self._resource.get_settings_taxes(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_discount_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[DiscountProfilesResponseDTO]:
        """``Setting.get_settings_discount_profiles``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DiscountProfilesResponseDTO]", self._resource.get_settings_discount_profiles(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_warehouses(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[WarehousesResponseDTO]:
        """``Setting.get_settings_warehouses``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[WarehousesResponseDTO]", self._resource.get_settings_warehouses(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_shipping_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[ShippingProfilesResponseDTO]:
        """``Setting.get_settings_shipping_profiles``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ShippingProfilesResponseDTO]", self._resource.get_settings_shipping_profiles(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_components(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[ComponentResponseDTO]:
        """``Setting.get_settings_components``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ComponentResponseDTO]", self._resource.get_settings_components(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_variations(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[VariationsResponseDTO]:
        """``Setting.get_settings_variations``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[VariationsResponseDTO]", self._resource.get_settings_variations(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def variation_update(
        self,
        uuid: str,
        request_data: VariationCreateRequestDTO,
    ) -> RawResponse[VariationUpdateResponseDTO]:
        """``Setting.variation_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[VariationUpdateResponseDTO]", self._resource.variation_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def get_user_settings(
        self,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[TaxesResponseDTO]:
        """``Setting.get_user_settings``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[TaxesResponseDTO]", self._resource.get_user_settings(
            uuid=uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_settings_custom_object(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``Setting.get_settings_custom_object``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.get_settings_custom_object(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def variation_create(self, request_data: VariationCreateRequestDTO) -> RawResponse[VariationsResponseDTO]:
        """``Setting.variation_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[VariationsResponseDTO]", self._resource.variation_create(request_data=request_data))

    def setting_custom_object_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> RawResponse[DeleteResult]:
        """``Setting.setting_custom_object_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.setting_custom_object_create(request_data=request_data))

    def setting_custom_object_update(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``Setting.setting_custom_object_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.setting_custom_object_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def account_field_update(
        self,
        request_data: AccountFieldSettingsRequestDTO,
    ) -> RawResponse[FieldSettingsSuccessMessageDTO]:
        """``Setting.account_field_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[FieldSettingsSuccessMessageDTO]", self._resource.account_field_update(
            request_data=request_data,
        ))

    def item_field_update(
        self,
        request_data: AccountFieldSettingsRequestDTO,
    ) -> RawResponse[FieldSettingsSuccessMessageDTO]:
        """``Setting.item_field_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[FieldSettingsSuccessMessageDTO]", self._resource.item_field_update(
            request_data=request_data,
        ))

    def date_time_update(self, request_data: GeneralSettingRequestDTO) -> RawResponse[FieldSettingsSuccessMessageDTO]:
        """``Setting.date_time_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[FieldSettingsSuccessMessageDTO]", self._resource.date_time_update(
            request_data=request_data,
        ))

    def account_general_update(
        self,
        request_data: GeneralSettingRequestDTO,
    ) -> RawResponse[FieldSettingsSuccessMessageDTO]:
        """``Setting.account_general_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[FieldSettingsSuccessMessageDTO]", self._resource.account_general_update(
            request_data=request_data,
        ))

    def item_general_update(
        self,
        request_data: GeneralSettingRequestDTO,
    ) -> RawResponse[FieldSettingsSuccessMessageDTO]:
        """``Setting.item_general_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[FieldSettingsSuccessMessageDTO]", self._resource.item_general_update(
            request_data=request_data,
        ))

    def get_settings_warehouse_details(self, uuid: str) -> RawResponse[setting_dto_WarehouseDTO]:
        """``Setting.get_settings_warehouse_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[setting_dto_WarehouseDTO]", self._resource.get_settings_warehouse_details(uuid=uuid))

    def get_settings_variation_details(self, uuid: str) -> RawResponse[setting_dto_VariationDTO]:
        """``Setting.get_settings_variation_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[setting_dto_VariationDTO]", self._resource.get_settings_variation_details(uuid=uuid))

    def get_custom_logic_scripts(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[CustomLogicScriptsResponseDTO]:
        """``Setting.get_custom_logic_scripts``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomLogicScriptsResponseDTO]", self._resource.get_custom_logic_scripts(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def get_custom_logic_script_details(self, uuid: str) -> RawResponse[CustomLogicScriptDTO]:
        """``Setting.get_custom_logic_script_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomLogicScriptDTO]", self._resource.get_custom_logic_script_details(uuid=uuid))

    def get_api_action_script(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[ActionScriptResponseDTO]:
        """``Setting.get_api_action_script``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ActionScriptResponseDTO]", self._resource.get_api_action_script(
            param_filters=param_filters,
        ))

    def read_api_action_script_admin_workflowcount(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[ActionScriptWorkflowCountAllResponseDTO]:
        """``Setting.read_api_action_script_admin_workflowcount``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ActionScriptWorkflowCountAllResponseDTO]", self._resource.read_api_action_script_admin_workflowcount(
            param_filters=param_filters,
        ))

    def get_settings_payment_terms(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[PaymentTermsResponseDTO]:
        """``Setting.get_settings_payment_terms``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentTermsResponseDTO]", self._resource.get_settings_payment_terms(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))


class AsyncSettingRaw(RawResource):
    """``AsyncSetting.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def get_settings(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncSetting.get_settings``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.get_settings(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_payment_processor(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[SettingPaymentProcessorListDTO]]:
        """``AsyncSetting.get_settings_payment_processor``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[SettingPaymentProcessorListDTO]]", self._resource.get_settings_payment_processor(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_pricing_levels(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[SettingPricingLevelsListDTO]]:
        """``AsyncSetting.get_settings_pricing_levels``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[SettingPricingLevelsListDTO]]", self._resource.get_settings_pricing_levels(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_item_group(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[ItemGroupListDTO]]:
        """``AsyncSetting.get_settings_item_group``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ItemGroupListDTO]]", self._resource.get_settings_item_group(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_currencies(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[CurrenciesResponseDTO]]:
        """``AsyncSetting.get_settings_currencies``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CurrenciesResponseDTO]]", self._resource.get_settings_currencies(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_taxes(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[TaxesResponseDTO]]:
        """``AsyncSetting.get_settings_taxes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[TaxesResponseDTO]]", self._resource.get_settings_taxes(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_discount_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[DiscountProfilesResponseDTO]]:
        """``AsyncSetting.get_settings_discount_profiles``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DiscountProfilesResponseDTO]]", self._resource.get_settings_discount_profiles(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_warehouses(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[WarehousesResponseDTO]]:
        """``AsyncSetting.get_settings_warehouses``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[WarehousesResponseDTO]]", self._resource.get_settings_warehouses(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_shipping_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[ShippingProfilesResponseDTO]]:
        """``AsyncSetting.get_settings_shipping_profiles``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ShippingProfilesResponseDTO]]", self._resource.get_settings_shipping_profiles(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_components(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[ComponentResponseDTO]]:
        """``AsyncSetting.get_settings_components``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ComponentResponseDTO]]", self._resource.get_settings_components(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def get_settings_variations(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[VariationsResponseDTO]]:
        """``AsyncSetting.get_settings_variations``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[VariationsResponseDTO]]", self._resource.get_settings_variations(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def variation_update(
        self,
        uuid: str,
        request_data: VariationCreateRequestDTO,
    ) -> Awaitable[RawResponse[VariationUpdateResponseDTO]]:
        """``AsyncSetting.variation_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[VariationUpdateResponseDTO]]", self._resource.variation_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def get_user_settings(
        self,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[TaxesResponseDTO]]:
        """``AsyncSetting.get_user_settings``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[TaxesResponseDTO]]", self._resource.get_user_settings(
            uuid=uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_settings_custom_object(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncSetting.get_settings_custom_object``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.get_settings_custom_object(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def variation_create(
        self,
        request_data: VariationCreateRequestDTO,
    ) -> Awaitable[RawResponse[VariationsResponseDTO]]:
        """``AsyncSetting.variation_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[VariationsResponseDTO]]", self._resource.variation_create(
            request_data=request_data,
        ))

    def setting_custom_object_create(
        self,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncSetting.setting_custom_object_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.setting_custom_object_create(
            request_data=request_data,
        ))

    def setting_custom_object_update(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncSetting.setting_custom_object_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.setting_custom_object_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def account_field_update(
        self,
        request_data: AccountFieldSettingsRequestDTO,
    ) -> Awaitable[RawResponse[FieldSettingsSuccessMessageDTO]]:
        """``AsyncSetting.account_field_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[FieldSettingsSuccessMessageDTO]]", self._resource.account_field_update(
            request_data=request_data,
        ))

    def item_field_update(
        self,
        request_data: AccountFieldSettingsRequestDTO,
    ) -> Awaitable[RawResponse[FieldSettingsSuccessMessageDTO]]:
        """``AsyncSetting.item_field_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[FieldSettingsSuccessMessageDTO]]", self._resource.item_field_update(
            request_data=request_data,
        ))

    def date_time_update(
        self,
        request_data: GeneralSettingRequestDTO,
    ) -> Awaitable[RawResponse[FieldSettingsSuccessMessageDTO]]:
        """``AsyncSetting.date_time_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[FieldSettingsSuccessMessageDTO]]", self._resource.date_time_update(
            request_data=request_data,
        ))

    def account_general_update(
        self,
        request_data: GeneralSettingRequestDTO,
    ) -> Awaitable[RawResponse[FieldSettingsSuccessMessageDTO]]:
        """``AsyncSetting.account_general_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[FieldSettingsSuccessMessageDTO]]", self._resource.account_general_update(
            request_data=request_data,
        ))

    def item_general_update(
        self,
        request_data: GeneralSettingRequestDTO,
    ) -> Awaitable[RawResponse[FieldSettingsSuccessMessageDTO]]:
        """``AsyncSetting.item_general_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[FieldSettingsSuccessMessageDTO]]", self._resource.item_general_update(
            request_data=request_data,
        ))

    def get_settings_warehouse_details(self, uuid: str) -> Awaitable[RawResponse[setting_dto_WarehouseDTO]]:
        """``AsyncSetting.get_settings_warehouse_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[setting_dto_WarehouseDTO]]", self._resource.get_settings_warehouse_details(
            uuid=uuid,
        ))

    def get_settings_variation_details(self, uuid: str) -> Awaitable[RawResponse[setting_dto_VariationDTO]]:
        """``AsyncSetting.get_settings_variation_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[setting_dto_VariationDTO]]", self._resource.get_settings_variation_details(
            uuid=uuid,
        ))

    def get_custom_logic_scripts(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[CustomLogicScriptsResponseDTO]]:
        """``AsyncSetting.get_custom_logic_scripts``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomLogicScriptsResponseDTO]]", self._resource.get_custom_logic_scripts(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def get_custom_logic_script_details(self, uuid: str) -> Awaitable[RawResponse[CustomLogicScriptDTO]]:
        """``AsyncSetting.get_custom_logic_script_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomLogicScriptDTO]]", self._resource.get_custom_logic_script_details(
            uuid=uuid,
        ))

    def get_api_action_script(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[ActionScriptResponseDTO]]:
        """``AsyncSetting.get_api_action_script``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ActionScriptResponseDTO]]", self._resource.get_api_action_script(
            param_filters=param_filters,
        ))

    def read_api_action_script_admin_workflowcount(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[ActionScriptWorkflowCountAllResponseDTO]]:
        """``AsyncSetting.read_api_action_script_admin_workflowcount``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ActionScriptWorkflowCountAllResponseDTO]]", self._resource.read_api_action_script_admin_workflowcount(
            param_filters=param_filters,
        ))

    def get_settings_payment_terms(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[PaymentTermsResponseDTO]]:
        """``AsyncSetting.get_settings_payment_terms``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentTermsResponseDTO]]", self._resource.get_settings_payment_terms(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))
