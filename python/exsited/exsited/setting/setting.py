# generated from api/ — do not edit; run `make generate`
"""``sdk.setting``: the setting operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.setting.dto.setting_dto import (
    AccountFieldSettingsRequestDTO,
    ActionScriptResponseDTO,
    ActionScriptWorkflowCountAllResponseDTO,
    ComponentDataDTO,
    ComponentResponseDTO,
    CurrenciesResponseDTO,
    CurrencyDTO as setting_dto_CurrencyDTO,
    CustomLogicScriptDTO,
    CustomLogicScriptsResponseDTO,
    DiscountProfileDTO as setting_dto_DiscountProfileDTO,
    DiscountProfilesResponseDTO,
    FieldSettingsSuccessMessageDTO,
    ItemGroupListDTO,
    PaymentTermsResponseDTO,
    PricingLevelsDataDTO,
    SettingPaymentProcessorListDTO,
    SettingPricingLevelsListDTO,
    ShippingProfileDTO as setting_dto_ShippingProfileDTO,
    ShippingProfilesResponseDTO,
    TaxDTO as setting_dto_TaxDTO,
    TaxesResponseDTO,
    VariationCreateRequestDTO,
    VariationDTO as setting_dto_VariationDTO,
    VariationUpdateResponseDTO,
    VariationsResponseDTO,
    WarehouseDTO as setting_dto_WarehouseDTO,
    WarehousesResponseDTO,
)
from exsited.exsited.setting.dto.setting_general_dto import GeneralSettingRequestDTO

if TYPE_CHECKING:
    from exsited.exsited.setting.setting_raw import AsyncSettingRaw, SettingRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Setting(Resource):
    """``sdk.setting``: the setting operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "SettingRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.setting.setting_raw import SettingRaw

        return SettingRaw(self._raw_copy())

    def get_settings(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Dict[str, Any]:
        """Lists the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/settings``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Dict[str, Any]", self._run(Call("setting.get_settings", query=query)))

    def get_settings_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every setting that ``get_settings`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("setting.get_settings", [], query), limit, offset, None)))

    def get_settings_payment_processor(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> SettingPaymentProcessorListDTO:
        """Lists the payment processors in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/payment_processors``

        Returns:
            SettingPaymentProcessorListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("SettingPaymentProcessorListDTO", self._run(Call("setting.get_settings_payment_processor", query=query, answer=SettingPaymentProcessorListDTO)))

    def get_settings_payment_processor_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every payment processor in the settings that ``get_settings_payment_processor`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/payment_processors``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("setting.get_settings_payment_processor", [], query), limit, offset, None)))

    def get_settings_pricing_levels(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> SettingPricingLevelsListDTO:
        """Lists the pricing levels in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/settings/pricing_levels``

        Returns:
            SettingPricingLevelsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("SettingPricingLevelsListDTO", self._run(Call("setting.get_settings_pricing_levels", query=query, answer=SettingPricingLevelsListDTO)))

    def get_settings_pricing_levels_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[PricingLevelsDataDTO]:
        """Every pricing level in the settings that ``get_settings_pricing_levels`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/pricing_levels``

        Yields:
            PricingLevelsDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[PricingLevelsDataDTO]", self._iterate(Listing(Call("setting.get_settings_pricing_levels", [], query), limit, offset, PricingLevelsDataDTO)))

    def get_settings_item_group(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> ItemGroupListDTO:
        """Lists the item groups in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/settings/item_groups``

        Returns:
            ItemGroupListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("ItemGroupListDTO", self._run(Call("setting.get_settings_item_group", query=query, answer=ItemGroupListDTO)))

    def get_settings_item_group_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every item group in the settings that ``get_settings_item_group`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/item_groups``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("setting.get_settings_item_group", [], query), limit, offset, None)))

    def get_settings_currencies(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> CurrenciesResponseDTO:
        """Lists the currencies in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/settings/currencies``

        Returns:
            CurrenciesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("CurrenciesResponseDTO", self._run(Call("setting.get_settings_currencies", query=query, answer=CurrenciesResponseDTO)))

    def get_settings_currencies_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[setting_dto_CurrencyDTO]:
        """Every currency in the settings that ``get_settings_currencies`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/currencies``

        Yields:
            setting_dto_CurrencyDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[setting_dto_CurrencyDTO]", self._iterate(Listing(Call("setting.get_settings_currencies", [], query), limit, offset, setting_dto_CurrencyDTO)))

    def get_settings_taxes(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> TaxesResponseDTO:
        """Lists the taxes in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/taxes``

        Returns:
            TaxesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("TaxesResponseDTO", self._run(Call("setting.get_settings_taxes", query=query, answer=TaxesResponseDTO)))

    def get_settings_taxes_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[setting_dto_TaxDTO]:
        """Every tax in the settings that ``get_settings_taxes`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/taxes``

        Yields:
            setting_dto_TaxDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[setting_dto_TaxDTO]", self._iterate(Listing(Call("setting.get_settings_taxes", [], query), limit, offset, setting_dto_TaxDTO)))

    def get_settings_discount_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> DiscountProfilesResponseDTO:
        """Lists the discount profiles in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/discount_profiles``

        Returns:
            DiscountProfilesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("DiscountProfilesResponseDTO", self._run(Call("setting.get_settings_discount_profiles", query=query, answer=DiscountProfilesResponseDTO)))

    def get_settings_discount_profiles_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[setting_dto_DiscountProfileDTO]:
        """Every discount profile in the settings that ``get_settings_discount_profiles`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/discount_profiles``

        Yields:
            setting_dto_DiscountProfileDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[setting_dto_DiscountProfileDTO]", self._iterate(Listing(Call("setting.get_settings_discount_profiles", [], query), limit, offset, setting_dto_DiscountProfileDTO)))

    def get_settings_warehouses(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> WarehousesResponseDTO:
        """Lists the warehouses in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/warehouses``

        Returns:
            WarehousesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("WarehousesResponseDTO", self._run(Call("setting.get_settings_warehouses", query=query, answer=WarehousesResponseDTO)))

    def get_settings_warehouses_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[setting_dto_WarehouseDTO]:
        """Every warehouse in the settings that ``get_settings_warehouses`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/warehouses``

        Yields:
            setting_dto_WarehouseDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[setting_dto_WarehouseDTO]", self._iterate(Listing(Call("setting.get_settings_warehouses", [], query), limit, offset, setting_dto_WarehouseDTO)))

    def get_settings_shipping_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> ShippingProfilesResponseDTO:
        """Lists the shipping profiles in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/shipping-profiles``

        Returns:
            ShippingProfilesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("ShippingProfilesResponseDTO", self._run(Call("setting.get_settings_shipping_profiles", query=query, answer=ShippingProfilesResponseDTO)))

    def get_settings_shipping_profiles_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[setting_dto_ShippingProfileDTO]:
        """Every shipping profile in the settings that ``get_settings_shipping_profiles`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/shipping-profiles``

        Yields:
            setting_dto_ShippingProfileDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[setting_dto_ShippingProfileDTO]", self._iterate(Listing(Call("setting.get_settings_shipping_profiles", [], query), limit, offset, setting_dto_ShippingProfileDTO)))

    def get_settings_components(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> ComponentResponseDTO:
        """Lists the components in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/components``

        Returns:
            ComponentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("ComponentResponseDTO", self._run(Call("setting.get_settings_components", query=query, answer=ComponentResponseDTO)))

    def get_settings_components_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ComponentDataDTO]:
        """Every component in the settings that ``get_settings_components`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/components``

        Yields:
            ComponentDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ComponentDataDTO]", self._iterate(Listing(Call("setting.get_settings_components", [], query), limit, offset, ComponentDataDTO)))

    def get_settings_variations(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> VariationsResponseDTO:
        """Lists the variations in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/variations``

        Returns:
            VariationsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("VariationsResponseDTO", self._run(Call("setting.get_settings_variations", query=query, answer=VariationsResponseDTO)))

    def get_settings_variations_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[setting_dto_VariationDTO]:
        """Every variation in the settings that ``get_settings_variations`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/variations``

        Yields:
            setting_dto_VariationDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[setting_dto_VariationDTO]", self._iterate(Listing(Call("setting.get_settings_variations", [], query), limit, offset, setting_dto_VariationDTO)))

    def variation_update(self, uuid: str, request_data: VariationCreateRequestDTO) -> VariationUpdateResponseDTO:
        """Updates a variation in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v2/settings/variations/{uuid}`` (json body)

        Returns:
            VariationUpdateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (VariationCreateRequestDTO,))
        return cast("VariationUpdateResponseDTO", self._run(Call("setting.variation_update", path, body=body, answer=VariationUpdateResponseDTO)))

    def get_user_settings(
        self,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> TaxesResponseDTO:
        """Lists the user settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/user_settings``

        Returns:
            TaxesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("user", uuid), ("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("TaxesResponseDTO", self._run(Call("setting.get_user_settings", query=query, answer=TaxesResponseDTO)))

    def get_user_settings_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[setting_dto_TaxDTO]:
        """Every user setting that ``get_user_settings`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/user_settings``

        Yields:
            setting_dto_TaxDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[setting_dto_TaxDTO]", self._iterate(Listing(Call("setting.get_user_settings", [], query), limit, offset, setting_dto_TaxDTO)))

    def get_settings_custom_object(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Dict[str, Any]:
        """Lists the custom objects in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/settings/custom-objects``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Dict[str, Any]", self._run(Call("setting.get_settings_custom_object", query=query)))

    def get_settings_custom_object_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every custom object in the settings that ``get_settings_custom_object`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/custom-objects``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("setting.get_settings_custom_object", [], query), limit, offset, None)))

    def variation_create(self, request_data: VariationCreateRequestDTO) -> VariationsResponseDTO:
        """Adds a variation to the settings.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/settings/variations`` (json body)

        Returns:
            VariationsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (VariationCreateRequestDTO,))
        return cast("VariationsResponseDTO", self._run(Call("setting.variation_create", body=body, answer=VariationsResponseDTO)))

    def setting_custom_object_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Adds a custom object to the settings.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/settings/custom-objects`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("setting.setting_custom_object_create", body=body)))

    def setting_custom_object_update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Updates a custom object in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/settings/custom-objects/{uuid}`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("setting.setting_custom_object_update", path, body=body)))

    def account_field_update(self, request_data: AccountFieldSettingsRequestDTO) -> FieldSettingsSuccessMessageDTO:
        """Updates the account in the field settings in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/settings/field_settings/account`` (json body)

        Returns:
            FieldSettingsSuccessMessageDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (AccountFieldSettingsRequestDTO,))
        return cast("FieldSettingsSuccessMessageDTO", self._run(Call("setting.account_field_update", body=body, answer=FieldSettingsSuccessMessageDTO)))

    def item_field_update(self, request_data: AccountFieldSettingsRequestDTO) -> FieldSettingsSuccessMessageDTO:
        """Updates the item in the field settings in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/settings/field_settings/item`` (json body)

        Returns:
            FieldSettingsSuccessMessageDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (AccountFieldSettingsRequestDTO,))
        return cast("FieldSettingsSuccessMessageDTO", self._run(Call("setting.item_field_update", body=body, answer=FieldSettingsSuccessMessageDTO)))

    def date_time_update(self, request_data: GeneralSettingRequestDTO) -> FieldSettingsSuccessMessageDTO:
        """Updates the date and time in the general settings in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/settings/general_settings/date_and_time`` (json body)

        Returns:
            FieldSettingsSuccessMessageDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (GeneralSettingRequestDTO,))
        return cast("FieldSettingsSuccessMessageDTO", self._run(Call("setting.date_time_update", body=body, answer=FieldSettingsSuccessMessageDTO)))

    def account_general_update(self, request_data: GeneralSettingRequestDTO) -> FieldSettingsSuccessMessageDTO:
        """Updates the account in the general settings in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/settings/general_settings/account`` (json body)

        Returns:
            FieldSettingsSuccessMessageDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (GeneralSettingRequestDTO,))
        return cast("FieldSettingsSuccessMessageDTO", self._run(Call("setting.account_general_update", body=body, answer=FieldSettingsSuccessMessageDTO)))

    def item_general_update(self, request_data: GeneralSettingRequestDTO) -> FieldSettingsSuccessMessageDTO:
        """Updates the item in the general settings in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/settings/general_settings/item`` (json body)

        Returns:
            FieldSettingsSuccessMessageDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (GeneralSettingRequestDTO,))
        return cast("FieldSettingsSuccessMessageDTO", self._run(Call("setting.item_general_update", body=body, answer=FieldSettingsSuccessMessageDTO)))

    def get_settings_warehouse_details(self, uuid: str) -> setting_dto_WarehouseDTO:
        """Reads a warehouse in the settings.

        HTTP: ``GET /api/v2/settings/warehouses/{uuid}``

        Returns:
            setting_dto_WarehouseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("setting_dto_WarehouseDTO", self._run(Call("setting.get_settings_warehouse_details", path, answer=setting_dto_WarehouseDTO)))

    def get_settings_variation_details(self, uuid: str) -> setting_dto_VariationDTO:
        """Reads a variation in the settings.

        HTTP: ``GET /api/v2/settings/variations/{uuid}``

        Returns:
            setting_dto_VariationDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("setting_dto_VariationDTO", self._run(Call("setting.get_settings_variation_details", path, answer=setting_dto_VariationDTO)))

    def get_custom_logic_scripts(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> CustomLogicScriptsResponseDTO:
        """Lists the custom logic script in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/settings/custom-logic-script``

        Returns:
            CustomLogicScriptsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("CustomLogicScriptsResponseDTO", self._run(Call("setting.get_custom_logic_scripts", query=query, answer=CustomLogicScriptsResponseDTO)))

    def get_custom_logic_scripts_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[CustomLogicScriptDTO]:
        """Every custom logic script in the settings that ``get_custom_logic_scripts`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/custom-logic-script``

        Yields:
            CustomLogicScriptDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[CustomLogicScriptDTO]", self._iterate(Listing(Call("setting.get_custom_logic_scripts", [], query), limit, offset, CustomLogicScriptDTO)))

    def get_custom_logic_script_details(self, uuid: str) -> CustomLogicScriptDTO:
        """Reads a custom logic script in the settings.

        HTTP: ``GET /api/v3/settings/custom-logic-script/{uuid}``

        Returns:
            CustomLogicScriptDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("CustomLogicScriptDTO", self._run(Call("setting.get_custom_logic_script_details", path, answer=CustomLogicScriptDTO)))

    def get_api_action_script(self, param_filters: Optional[Dict[str, Any]] = None) -> ActionScriptResponseDTO:
        """Reads the API action script.

        HTTP: ``GET /api/v3/api-action-script``

        Returns:
            ActionScriptResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], param_filters)
        return cast("ActionScriptResponseDTO", self._run(Call("setting.get_api_action_script", query=query, answer=ActionScriptResponseDTO)))

    def read_api_action_script_admin_workflowcount(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> ActionScriptWorkflowCountAllResponseDTO:
        """Reads the workflow count all in the API action script.

        HTTP: ``GET /api/v3/api-action-script/workflow_count_all``

        Returns:
            ActionScriptWorkflowCountAllResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], param_filters)
        return cast("ActionScriptWorkflowCountAllResponseDTO", self._run(Call("setting.read_api_action_script_admin_workflowcount", query=query, answer=ActionScriptWorkflowCountAllResponseDTO)))

    def get_settings_payment_terms(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PaymentTermsResponseDTO:
        """Lists the payment terms in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/settings/payment_terms``

        Returns:
            PaymentTermsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("PaymentTermsResponseDTO", self._run(Call("setting.get_settings_payment_terms", query=query, answer=PaymentTermsResponseDTO)))

    def get_settings_payment_terms_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every payment term in the settings that ``get_settings_payment_terms`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/payment_terms``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("setting.get_settings_payment_terms", [], query), limit, offset, None)))


class AsyncSetting(Resource):
    """``sdk.setting``: the setting operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncSettingRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.setting.setting_raw import AsyncSettingRaw

        return AsyncSettingRaw(self._raw_copy())

    def get_settings(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/settings``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("setting.get_settings", query=query)))

    def get_settings_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every setting that ``get_settings`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("setting.get_settings", [], query), limit, offset, None)))

    def get_settings_payment_processor(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[SettingPaymentProcessorListDTO]:
        """Lists the payment processors in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/payment_processors``

        Returns:
            Awaitable of SettingPaymentProcessorListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[SettingPaymentProcessorListDTO]", self._run(Call("setting.get_settings_payment_processor", query=query, answer=SettingPaymentProcessorListDTO)))

    def get_settings_payment_processor_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every payment processor in the settings that ``get_settings_payment_processor`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/payment_processors``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("setting.get_settings_payment_processor", [], query), limit, offset, None)))

    def get_settings_pricing_levels(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[SettingPricingLevelsListDTO]:
        """Lists the pricing levels in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/settings/pricing_levels``

        Returns:
            Awaitable of SettingPricingLevelsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[SettingPricingLevelsListDTO]", self._run(Call("setting.get_settings_pricing_levels", query=query, answer=SettingPricingLevelsListDTO)))

    def get_settings_pricing_levels_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[PricingLevelsDataDTO]:
        """Every pricing level in the settings that ``get_settings_pricing_levels`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/pricing_levels``

        Yields:
            PricingLevelsDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[PricingLevelsDataDTO]", self._iterate(Listing(Call("setting.get_settings_pricing_levels", [], query), limit, offset, PricingLevelsDataDTO)))

    def get_settings_item_group(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[ItemGroupListDTO]:
        """Lists the item groups in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/settings/item_groups``

        Returns:
            Awaitable of ItemGroupListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[ItemGroupListDTO]", self._run(Call("setting.get_settings_item_group", query=query, answer=ItemGroupListDTO)))

    def get_settings_item_group_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every item group in the settings that ``get_settings_item_group`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/item_groups``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("setting.get_settings_item_group", [], query), limit, offset, None)))

    def get_settings_currencies(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[CurrenciesResponseDTO]:
        """Lists the currencies in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/settings/currencies``

        Returns:
            Awaitable of CurrenciesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[CurrenciesResponseDTO]", self._run(Call("setting.get_settings_currencies", query=query, answer=CurrenciesResponseDTO)))

    def get_settings_currencies_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[setting_dto_CurrencyDTO]:
        """Every currency in the settings that ``get_settings_currencies`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/currencies``

        Yields:
            setting_dto_CurrencyDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[setting_dto_CurrencyDTO]", self._iterate(Listing(Call("setting.get_settings_currencies", [], query), limit, offset, setting_dto_CurrencyDTO)))

    def get_settings_taxes(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[TaxesResponseDTO]:
        """Lists the taxes in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/taxes``

        Returns:
            Awaitable of TaxesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[TaxesResponseDTO]", self._run(Call("setting.get_settings_taxes", query=query, answer=TaxesResponseDTO)))

    def get_settings_taxes_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[setting_dto_TaxDTO]:
        """Every tax in the settings that ``get_settings_taxes`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/taxes``

        Yields:
            setting_dto_TaxDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[setting_dto_TaxDTO]", self._iterate(Listing(Call("setting.get_settings_taxes", [], query), limit, offset, setting_dto_TaxDTO)))

    def get_settings_discount_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[DiscountProfilesResponseDTO]:
        """Lists the discount profiles in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/discount_profiles``

        Returns:
            Awaitable of DiscountProfilesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[DiscountProfilesResponseDTO]", self._run(Call("setting.get_settings_discount_profiles", query=query, answer=DiscountProfilesResponseDTO)))

    def get_settings_discount_profiles_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[setting_dto_DiscountProfileDTO]:
        """Every discount profile in the settings that ``get_settings_discount_profiles`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/discount_profiles``

        Yields:
            setting_dto_DiscountProfileDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[setting_dto_DiscountProfileDTO]", self._iterate(Listing(Call("setting.get_settings_discount_profiles", [], query), limit, offset, setting_dto_DiscountProfileDTO)))

    def get_settings_warehouses(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[WarehousesResponseDTO]:
        """Lists the warehouses in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/warehouses``

        Returns:
            Awaitable of WarehousesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[WarehousesResponseDTO]", self._run(Call("setting.get_settings_warehouses", query=query, answer=WarehousesResponseDTO)))

    def get_settings_warehouses_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[setting_dto_WarehouseDTO]:
        """Every warehouse in the settings that ``get_settings_warehouses`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/warehouses``

        Yields:
            setting_dto_WarehouseDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[setting_dto_WarehouseDTO]", self._iterate(Listing(Call("setting.get_settings_warehouses", [], query), limit, offset, setting_dto_WarehouseDTO)))

    def get_settings_shipping_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[ShippingProfilesResponseDTO]:
        """Lists the shipping profiles in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/shipping-profiles``

        Returns:
            Awaitable of ShippingProfilesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[ShippingProfilesResponseDTO]", self._run(Call("setting.get_settings_shipping_profiles", query=query, answer=ShippingProfilesResponseDTO)))

    def get_settings_shipping_profiles_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[setting_dto_ShippingProfileDTO]:
        """Every shipping profile in the settings that ``get_settings_shipping_profiles`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/shipping-profiles``

        Yields:
            setting_dto_ShippingProfileDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[setting_dto_ShippingProfileDTO]", self._iterate(Listing(Call("setting.get_settings_shipping_profiles", [], query), limit, offset, setting_dto_ShippingProfileDTO)))

    def get_settings_components(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[ComponentResponseDTO]:
        """Lists the components in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/components``

        Returns:
            Awaitable of ComponentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[ComponentResponseDTO]", self._run(Call("setting.get_settings_components", query=query, answer=ComponentResponseDTO)))

    def get_settings_components_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ComponentDataDTO]:
        """Every component in the settings that ``get_settings_components`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/components``

        Yields:
            ComponentDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ComponentDataDTO]", self._iterate(Listing(Call("setting.get_settings_components", [], query), limit, offset, ComponentDataDTO)))

    def get_settings_variations(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[VariationsResponseDTO]:
        """Lists the variations in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/settings/variations``

        Returns:
            Awaitable of VariationsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[VariationsResponseDTO]", self._run(Call("setting.get_settings_variations", query=query, answer=VariationsResponseDTO)))

    def get_settings_variations_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[setting_dto_VariationDTO]:
        """Every variation in the settings that ``get_settings_variations`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/settings/variations``

        Yields:
            setting_dto_VariationDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[setting_dto_VariationDTO]", self._iterate(Listing(Call("setting.get_settings_variations", [], query), limit, offset, setting_dto_VariationDTO)))

    def variation_update(
        self,
        uuid: str,
        request_data: VariationCreateRequestDTO,
    ) -> Awaitable[VariationUpdateResponseDTO]:
        """Updates a variation in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v2/settings/variations/{uuid}`` (json body)

        Returns:
            Awaitable of VariationUpdateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (VariationCreateRequestDTO,))
        return cast("Awaitable[VariationUpdateResponseDTO]", self._run(Call("setting.variation_update", path, body=body, answer=VariationUpdateResponseDTO)))

    def get_user_settings(
        self,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[TaxesResponseDTO]:
        """Lists the user settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/user_settings``

        Returns:
            Awaitable of TaxesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("user", uuid), ("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[TaxesResponseDTO]", self._run(Call("setting.get_user_settings", query=query, answer=TaxesResponseDTO)))

    def get_user_settings_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[setting_dto_TaxDTO]:
        """Every user setting that ``get_user_settings`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/user_settings``

        Yields:
            setting_dto_TaxDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[setting_dto_TaxDTO]", self._iterate(Listing(Call("setting.get_user_settings", [], query), limit, offset, setting_dto_TaxDTO)))

    def get_settings_custom_object(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the custom objects in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/settings/custom-objects``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("setting.get_settings_custom_object", query=query)))

    def get_settings_custom_object_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every custom object in the settings that ``get_settings_custom_object`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/custom-objects``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("setting.get_settings_custom_object", [], query), limit, offset, None)))

    def variation_create(self, request_data: VariationCreateRequestDTO) -> Awaitable[VariationsResponseDTO]:
        """Adds a variation to the settings.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/settings/variations`` (json body)

        Returns:
            Awaitable of VariationsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (VariationCreateRequestDTO,))
        return cast("Awaitable[VariationsResponseDTO]", self._run(Call("setting.variation_create", body=body, answer=VariationsResponseDTO)))

    def setting_custom_object_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[DeleteResult]:
        """Adds a custom object to the settings.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/settings/custom-objects`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("setting.setting_custom_object_create", body=body)))

    def setting_custom_object_update(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Updates a custom object in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/settings/custom-objects/{uuid}`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("setting.setting_custom_object_update", path, body=body)))

    def account_field_update(
        self,
        request_data: AccountFieldSettingsRequestDTO,
    ) -> Awaitable[FieldSettingsSuccessMessageDTO]:
        """Updates the account in the field settings in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/settings/field_settings/account`` (json body)

        Returns:
            Awaitable of FieldSettingsSuccessMessageDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (AccountFieldSettingsRequestDTO,))
        return cast("Awaitable[FieldSettingsSuccessMessageDTO]", self._run(Call("setting.account_field_update", body=body, answer=FieldSettingsSuccessMessageDTO)))

    def item_field_update(
        self,
        request_data: AccountFieldSettingsRequestDTO,
    ) -> Awaitable[FieldSettingsSuccessMessageDTO]:
        """Updates the item in the field settings in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/settings/field_settings/item`` (json body)

        Returns:
            Awaitable of FieldSettingsSuccessMessageDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (AccountFieldSettingsRequestDTO,))
        return cast("Awaitable[FieldSettingsSuccessMessageDTO]", self._run(Call("setting.item_field_update", body=body, answer=FieldSettingsSuccessMessageDTO)))

    def date_time_update(self, request_data: GeneralSettingRequestDTO) -> Awaitable[FieldSettingsSuccessMessageDTO]:
        """Updates the date and time in the general settings in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/settings/general_settings/date_and_time`` (json body)

        Returns:
            Awaitable of FieldSettingsSuccessMessageDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (GeneralSettingRequestDTO,))
        return cast("Awaitable[FieldSettingsSuccessMessageDTO]", self._run(Call("setting.date_time_update", body=body, answer=FieldSettingsSuccessMessageDTO)))

    def account_general_update(
        self,
        request_data: GeneralSettingRequestDTO,
    ) -> Awaitable[FieldSettingsSuccessMessageDTO]:
        """Updates the account in the general settings in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/settings/general_settings/account`` (json body)

        Returns:
            Awaitable of FieldSettingsSuccessMessageDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (GeneralSettingRequestDTO,))
        return cast("Awaitable[FieldSettingsSuccessMessageDTO]", self._run(Call("setting.account_general_update", body=body, answer=FieldSettingsSuccessMessageDTO)))

    def item_general_update(self, request_data: GeneralSettingRequestDTO) -> Awaitable[FieldSettingsSuccessMessageDTO]:
        """Updates the item in the general settings in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/settings/general_settings/item`` (json body)

        Returns:
            Awaitable of FieldSettingsSuccessMessageDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (GeneralSettingRequestDTO,))
        return cast("Awaitable[FieldSettingsSuccessMessageDTO]", self._run(Call("setting.item_general_update", body=body, answer=FieldSettingsSuccessMessageDTO)))

    def get_settings_warehouse_details(self, uuid: str) -> Awaitable[setting_dto_WarehouseDTO]:
        """Reads a warehouse in the settings.

        HTTP: ``GET /api/v2/settings/warehouses/{uuid}``

        Returns:
            Awaitable of setting_dto_WarehouseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[setting_dto_WarehouseDTO]", self._run(Call("setting.get_settings_warehouse_details", path, answer=setting_dto_WarehouseDTO)))

    def get_settings_variation_details(self, uuid: str) -> Awaitable[setting_dto_VariationDTO]:
        """Reads a variation in the settings.

        HTTP: ``GET /api/v2/settings/variations/{uuid}``

        Returns:
            Awaitable of setting_dto_VariationDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[setting_dto_VariationDTO]", self._run(Call("setting.get_settings_variation_details", path, answer=setting_dto_VariationDTO)))

    def get_custom_logic_scripts(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[CustomLogicScriptsResponseDTO]:
        """Lists the custom logic script in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/settings/custom-logic-script``

        Returns:
            Awaitable of CustomLogicScriptsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[CustomLogicScriptsResponseDTO]", self._run(Call("setting.get_custom_logic_scripts", query=query, answer=CustomLogicScriptsResponseDTO)))

    def get_custom_logic_scripts_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[CustomLogicScriptDTO]:
        """Every custom logic script in the settings that ``get_custom_logic_scripts`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/custom-logic-script``

        Yields:
            CustomLogicScriptDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[CustomLogicScriptDTO]", self._iterate(Listing(Call("setting.get_custom_logic_scripts", [], query), limit, offset, CustomLogicScriptDTO)))

    def get_custom_logic_script_details(self, uuid: str) -> Awaitable[CustomLogicScriptDTO]:
        """Reads a custom logic script in the settings.

        HTTP: ``GET /api/v3/settings/custom-logic-script/{uuid}``

        Returns:
            Awaitable of CustomLogicScriptDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[CustomLogicScriptDTO]", self._run(Call("setting.get_custom_logic_script_details", path, answer=CustomLogicScriptDTO)))

    def get_api_action_script(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ActionScriptResponseDTO]:
        """Reads the API action script.

        HTTP: ``GET /api/v3/api-action-script``

        Returns:
            Awaitable of ActionScriptResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], param_filters)
        return cast("Awaitable[ActionScriptResponseDTO]", self._run(Call("setting.get_api_action_script", query=query, answer=ActionScriptResponseDTO)))

    def read_api_action_script_admin_workflowcount(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ActionScriptWorkflowCountAllResponseDTO]:
        """Reads the workflow count all in the API action script.

        HTTP: ``GET /api/v3/api-action-script/workflow_count_all``

        Returns:
            Awaitable of ActionScriptWorkflowCountAllResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], param_filters)
        return cast("Awaitable[ActionScriptWorkflowCountAllResponseDTO]", self._run(Call("setting.read_api_action_script_admin_workflowcount", query=query, answer=ActionScriptWorkflowCountAllResponseDTO)))

    def get_settings_payment_terms(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PaymentTermsResponseDTO]:
        """Lists the payment terms in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/settings/payment_terms``

        Returns:
            Awaitable of PaymentTermsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[PaymentTermsResponseDTO]", self._run(Call("setting.get_settings_payment_terms", query=query, answer=PaymentTermsResponseDTO)))

    def get_settings_payment_terms_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every payment term in the settings that ``get_settings_payment_terms`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/payment_terms``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("setting.get_settings_payment_terms", [], query), limit, offset, None)))
