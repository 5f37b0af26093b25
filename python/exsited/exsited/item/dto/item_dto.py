# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.item.dto.item_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import CustomObjectDTO

__all__ = [
    "CodesDTO",
    "ConfigureVariationDTO",
    "CurrenciesDTO",
    "DimensionDTO",
    "GroupDataDTO",
    "InventoriesDTO",
    "InventoryAdjustmentDataDTO",
    "InventoryAdjustmentsListDataDTO",
    "InventoryPropertiesDTO",
    "InventoryResponseDTO",
    "InventoryWarehouseDTO",
    "ItemActionDTO",
    "ItemDataDTO",
    "ItemFamilyDetailsDTO",
    "ItemInventoryAdjustmentsListResponseDTO",
    "ItemInventoryRequestDTO",
    "ItemInventoryResponseDTO",
    "ItemListResponseDTO",
    "ItemPackageDetailsDataDTO",
    "ItemPackageDetailsResponseDTO",
    "ItemPurchaseRequestDTO",
    "ItemPurchaseResponseDTO",
    "ItemRequestDataDTO",
    "ItemResponseDTO",
    "ItemSaleResponseDTO",
    "ItemUpdateSaleResponseDTO",
    "LowStockIndividualWarehousesDataDTO",
    "PackageDetailsBillingPeriodDTO",
    "PackageDetailsDTO",
    "PackageDetailsItemDTO",
    "PreorderConfigurationDataDTO",
    "PreorderPeriodDataDTO",
    "PricingDTO",
    "PricingModuleDTO",
    "PurchaseDTO",
    "PurchasePropertiesDTO",
    "PurchaseRequestDTO",
    "PurchaseResponseDTO",
    "PurchaseSuppliersDTO",
    "PurchaseSuppliersRequestDTO",
    "PurchaseTaxConfigurationDTO",
    "ReorderingThresholdForIndividualWarehousesDataDTO",
    "SaleChargeDTO",
    "SaleChargePropertiesDTO",
    "SaleDTO",
    "SaleResponseDTO",
    "SaleTaxConfigurationDTO",
    "TaxCodeDTO",
    "UpdateItemCodeDTO",
    "UpdateItemCustomAttributeDTO",
    "UpdateItemDataDTO",
    "UpdateItemRequestDTO",
    "UpdateSaleItemRequestDTO",
    "VariationValueDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AccountingCodeDTO(DTOBase):
    """``AccountingCodeDTO`` of the documented SDK."""
    salesRevenue: Optional[str] = None

    def __init__(self, salesRevenue: Optional[str] = None) -> None:
        self.salesRevenue = salesRevenue


@dataclass(repr=False, eq=False, init=False)
class CodesDTO(DTOBase):
    """``CodesDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class ConfigureVariationDTO(DTOBase):
    """``ConfigureVariationDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    link: Optional[str] = None
    values: Optional[List[VariationValueDTO]] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, link: Optional[str] = None, values: Optional[List[VariationValueDTO]] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.link = link
        self.values = values


@dataclass(repr=False, eq=False, init=False)
class CurrenciesDTO(DTOBase):
    """``CurrenciesDTO`` of the documented SDK."""
    name: Optional[str] = None
    usedForSale: Optional[str] = None
    defaultForSale: Optional[str] = None
    usedForPurchase: Optional[str] = None
    defaultForPurchase: Optional[str] = None
    isUsedForSale: Optional[str] = None
    isDefaultForSale: Optional[str] = None
    isUsedForPurchase: Optional[str] = None
    isDefaultForPurchase: Optional[str] = None

    def __init__(self, name: Optional[str] = None, usedForSale: Optional[str] = None, defaultForSale: Optional[str] = None, usedForPurchase: Optional[str] = None, defaultForPurchase: Optional[str] = None, isUsedForSale: Optional[str] = None, isDefaultForSale: Optional[str] = None, isUsedForPurchase: Optional[str] = None, isDefaultForPurchase: Optional[str] = None) -> None:
        self.name = name
        self.usedForSale = usedForSale
        self.defaultForSale = defaultForSale
        self.usedForPurchase = usedForPurchase
        self.defaultForPurchase = defaultForPurchase
        self.isUsedForSale = isUsedForSale
        self.isDefaultForSale = isDefaultForSale
        self.isUsedForPurchase = isUsedForPurchase
        self.isDefaultForPurchase = isDefaultForPurchase


@dataclass(repr=False, eq=False, init=False)
class CustomAttributeFileDTO(DTOBase):
    """``CustomAttributeFileDTO`` of the documented SDK."""
    id: Optional[str]
    name: Optional[str]
    size: Optional[str]
    link: Optional[str]

    def __init__(self, id: Optional[str], name: Optional[str], size: Optional[str], link: Optional[str]) -> None:
        self.id = id
        self.name = name
        self.size = size
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class CustomAttributesDTO(DTOBase):
    """``CustomAttributesDTO`` of the documented SDK."""
    name: Optional[str]
    value: Optional[Union[str, List[Any]]] = None

    def __init__(self, name: Optional[str], value: Optional[Union[str, List[Any]]] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class CustomFormDTO(DTOBase):
    """``CustomFormDTO`` of the documented SDK."""
    name: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, name: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.name = name
        self.uuid = uuid


@dataclass(repr=False, eq=False, init=False)
class DimensionDTO(DTOBase):
    """``DimensionDTO`` of the documented SDK."""
    uom: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, uom: Optional[str] = None, value: Optional[str] = None) -> None:
        self.uom = uom
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class GroupDataDTO(DTOBase):
    """``GroupDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    uuid: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, name: Optional[str] = None, uuid: Optional[str] = None, link: Optional[str] = None) -> None:
        self.name = name
        self.uuid = uuid
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class InventoriesDTO(DTOBase):
    """``InventoriesDTO`` of the documented SDK."""
    isEnabled: Optional[str] = None
    preorderPeriod: Optional[List[str]] = None
    warehouseIsEnabled: Optional[str] = None
    warehouses: Optional[List[InventoryWarehouseDTO]] = None
    inventoryProperties: Optional[InventoryPropertiesDTO] = None
    quantity: Optional[str] = None
    serialNumber: Optional[str] = None
    batchNumber: Optional[str] = None
    expiryDate: Optional[str] = None
    accountingCode: Optional[str] = None
    defaultWarehouse: Optional[str] = None

    def __init__(self, isEnabled: Optional[str] = None, preorderPeriod: Optional[List[str]] = None, warehouseIsEnabled: Optional[str] = None, warehouses: Optional[List[InventoryWarehouseDTO]] = None, inventoryProperties: Optional[InventoryPropertiesDTO] = None, quantity: Optional[str] = None, serialNumber: Optional[str] = None, batchNumber: Optional[str] = None, expiryDate: Optional[str] = None, accountingCode: Optional[str] = None, defaultWarehouse: Optional[str] = None) -> None:
        self.isEnabled = isEnabled
        self.preorderPeriod = preorderPeriod
        self.warehouseIsEnabled = warehouseIsEnabled
        self.warehouses = warehouses
        self.inventoryProperties = inventoryProperties
        self.quantity = quantity
        self.serialNumber = serialNumber
        self.batchNumber = batchNumber
        self.expiryDate = expiryDate
        self.accountingCode = accountingCode
        self.defaultWarehouse = defaultWarehouse


@dataclass(repr=False, eq=False, init=False)
class InventoryAdjustmentDataDTO(DTOBase):
    """``InventoryAdjustmentDataDTO`` of the documented SDK."""
    itemId: Optional[str] = None
    itemName: Optional[str] = None
    warehouseName: Optional[str] = None
    quantityOnHand: Optional[str] = None
    quantityPromised: Optional[str] = None
    quantityOnOrder: Optional[str] = None
    quantityOnReturn: Optional[str] = None
    quantityOnPurchaseReturn: Optional[str] = None
    quantityAvailable: Optional[str] = None
    quantityOnReserve: Optional[str] = None
    reference: Optional[str] = None
    adjustmentType: Optional[str] = None
    adjustmentAmount: Optional[str] = None
    accountingCode: Optional[str] = None
    createdBy: Optional[str] = None
    createdAt: Optional[str] = None

    def __init__(self, itemId: Optional[str] = None, itemName: Optional[str] = None, warehouseName: Optional[str] = None, quantityOnHand: Optional[str] = None, quantityPromised: Optional[str] = None, quantityOnOrder: Optional[str] = None, quantityOnReturn: Optional[str] = None, quantityOnPurchaseReturn: Optional[str] = None, quantityAvailable: Optional[str] = None, quantityOnReserve: Optional[str] = None, reference: Optional[str] = None, adjustmentType: Optional[str] = None, adjustmentAmount: Optional[str] = None, accountingCode: Optional[str] = None, createdBy: Optional[str] = None, createdAt: Optional[str] = None) -> None:
        self.itemId = itemId
        self.itemName = itemName
        self.warehouseName = warehouseName
        self.quantityOnHand = quantityOnHand
        self.quantityPromised = quantityPromised
        self.quantityOnOrder = quantityOnOrder
        self.quantityOnReturn = quantityOnReturn
        self.quantityOnPurchaseReturn = quantityOnPurchaseReturn
        self.quantityAvailable = quantityAvailable
        self.quantityOnReserve = quantityOnReserve
        self.reference = reference
        self.adjustmentType = adjustmentType
        self.adjustmentAmount = adjustmentAmount
        self.accountingCode = accountingCode
        self.createdBy = createdBy
        self.createdAt = createdAt


@dataclass(repr=False, eq=False, init=False)
class InventoryAdjustmentsListDataDTO(DTOBase):
    """``InventoryAdjustmentsListDataDTO`` of the documented SDK."""
    inventoryAdjustments: Optional[List[InventoryAdjustmentDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, inventoryAdjustments: Optional[List[InventoryAdjustmentDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.inventoryAdjustments = inventoryAdjustments
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class InventoryPropertiesDTO(DTOBase):
    """``InventoryPropertiesDTO`` of the documented SDK."""
    quantityAvailableForSaleDetermination: Optional[List[Any]] = None
    quantityAvailableForSale: Optional[str] = None
    enableLowStockNotification: Optional[str] = None
    lowStockThresholdIsBasedOn: Optional[str] = None
    enableReordering: Optional[str] = None
    reorderingThresholdIsBasedOn: Optional[str] = None
    lowStockThreshold: Optional[str] = None
    stockRequiredForSale: Optional[str] = None
    useLastPurchasePrice: Optional[str] = None
    preferredSupplier: Optional[str] = None
    reorderingThreshold: Optional[str] = None
    enablePreordering: Optional[str] = None
    enableSerialization: Optional[str] = None
    enableBatchTracking: Optional[str] = None
    useAtpAsQuantityAvailableForWebhook: Optional[str] = None

    def __init__(self, quantityAvailableForSaleDetermination: Optional[List[Any]] = None, quantityAvailableForSale: Optional[str] = None, enableLowStockNotification: Optional[str] = None, lowStockThresholdIsBasedOn: Optional[str] = None, enableReordering: Optional[str] = None, reorderingThresholdIsBasedOn: Optional[str] = None, lowStockThreshold: Optional[str] = None, stockRequiredForSale: Optional[str] = None, useLastPurchasePrice: Optional[str] = None, preferredSupplier: Optional[str] = None, reorderingThreshold: Optional[str] = None, enablePreordering: Optional[str] = None, enableSerialization: Optional[str] = None, enableBatchTracking: Optional[str] = None, useAtpAsQuantityAvailableForWebhook: Optional[str] = None) -> None:
        self.quantityAvailableForSaleDetermination = quantityAvailableForSaleDetermination
        self.quantityAvailableForSale = quantityAvailableForSale
        self.enableLowStockNotification = enableLowStockNotification
        self.lowStockThresholdIsBasedOn = lowStockThresholdIsBasedOn
        self.enableReordering = enableReordering
        self.reorderingThresholdIsBasedOn = reorderingThresholdIsBasedOn
        self.lowStockThreshold = lowStockThreshold
        self.stockRequiredForSale = stockRequiredForSale
        self.useLastPurchasePrice = useLastPurchasePrice
        self.preferredSupplier = preferredSupplier
        self.reorderingThreshold = reorderingThreshold
        self.enablePreordering = enablePreordering
        self.enableSerialization = enableSerialization
        self.enableBatchTracking = enableBatchTracking
        self.useAtpAsQuantityAvailableForWebhook = useAtpAsQuantityAvailableForWebhook


@dataclass(repr=False, eq=False, init=False)
class InventoryResponseDTO(DTOBase):
    """``InventoryResponseDTO`` of the documented SDK."""
    inventories: Optional[InventoriesDTO] = None

    def __init__(self, inventories: Optional[InventoriesDTO] = None) -> None:
        self.inventories = inventories


@dataclass(repr=False, eq=False, init=False)
class InventoryWarehouseDTO(DTOBase):
    """``InventoryWarehouseDTO`` of the documented SDK."""
    name: Optional[str] = None
    uuid: Optional[str] = None
    link: Optional[str] = None
    quantityOnHand: Optional[str] = None
    quantityOnHandValue: Optional[str] = None
    quantityPromised: Optional[str] = None
    quantityOnOrder: Optional[str] = None
    quantityOnReturn: Optional[str] = None
    quantityOnPurchaseReturn: Optional[str] = None
    quantityAvailable: Optional[str] = None
    quantityAvailableValue: Optional[str] = None
    uom: Optional[str] = None
    quantity: Optional[str] = None
    serialNumber: Optional[str] = None
    batchNumber: Optional[str] = None
    expiryDate: Optional[str] = None
    accountingCode: Optional[str] = None

    def __init__(self, name: Optional[str] = None, uuid: Optional[str] = None, link: Optional[str] = None, quantityOnHand: Optional[str] = None, quantityOnHandValue: Optional[str] = None, quantityPromised: Optional[str] = None, quantityOnOrder: Optional[str] = None, quantityOnReturn: Optional[str] = None, quantityOnPurchaseReturn: Optional[str] = None, quantityAvailable: Optional[str] = None, quantityAvailableValue: Optional[str] = None, uom: Optional[str] = None, quantity: Optional[str] = None, serialNumber: Optional[str] = None, batchNumber: Optional[str] = None, expiryDate: Optional[str] = None, accountingCode: Optional[str] = None) -> None:
        self.name = name
        self.uuid = uuid
        self.link = link
        self.quantityOnHand = quantityOnHand
        self.quantityOnHandValue = quantityOnHandValue
        self.quantityPromised = quantityPromised
        self.quantityOnOrder = quantityOnOrder
        self.quantityOnReturn = quantityOnReturn
        self.quantityOnPurchaseReturn = quantityOnPurchaseReturn
        self.quantityAvailable = quantityAvailable
        self.quantityAvailableValue = quantityAvailableValue
        self.uom = uom
        self.quantity = quantity
        self.serialNumber = serialNumber
        self.batchNumber = batchNumber
        self.expiryDate = expiryDate
        self.accountingCode = accountingCode


@dataclass(repr=False, eq=False, init=False)
class ItemActionDTO(DTOBase):
    """``ItemActionDTO`` of the documented SDK."""
    items: Optional[ItemDataDTO] = None

    def __init__(self, items: Optional[ItemDataDTO] = None) -> None:
        self.items = items


@dataclass(repr=False, eq=False, init=False)
class ItemDataDTO(DTOBase):
    """``ItemDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    type: Optional[str] = None
    baseUom: Optional[str] = None
    parentItemId: Optional[str] = None
    origin: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    imageUri: Optional[str] = None
    group: Optional[Dict[str, Any]] = None
    manager: Optional[str] = None
    customForm: Optional[CustomFormDTO] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    customObjects: Optional[List[str]] = None
    codes: Optional[List[CodesDTO]] = None
    uoms: Optional[List[UomDTO]] = None
    currencies: Optional[List[CurrenciesDTO]] = None
    sale: Optional[SaleDTO] = None
    purchase: Optional[PurchaseDTO] = None
    inventories: Optional[InventoriesDTO] = None
    familyDetails: Optional[List[ItemFamilyDetailsDTO]] = None
    packageDetails: Optional[List[PackageDetailsDTO]] = None
    kpis: Optional[KpisDTO] = None
    invoiceNote: Optional[str] = None
    pricingLevels: Optional[str] = None
    accountingCode: Optional[str] = None
    defaultSalePrice: Optional[str] = None
    isTaxExemptWhenSold: Optional[str] = None
    pricing_method: Optional[str] = None
    pricing_schedules: Optional[str] = None
    charge: Optional[SaleChargeDTO] = None
    paymentProperties: Optional[List[SaleChargePropertiesDTO]] = None
    pricing: Optional[PricingDTO] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, type: Optional[str] = None, baseUom: Optional[str] = None, parentItemId: Optional[str] = None, origin: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, imageUri: Optional[str] = None, group: Optional[Dict[str, Any]] = None, manager: Optional[str] = None, customForm: Optional[CustomFormDTO] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, customObjects: Optional[List[str]] = None, codes: Optional[List[CodesDTO]] = None, uoms: Optional[List[UomDTO]] = None, currencies: Optional[List[CurrenciesDTO]] = None, sale: Optional[SaleDTO] = None, purchase: Optional[PurchaseDTO] = None, inventories: Optional[InventoriesDTO] = None, familyDetails: Optional[List[ItemFamilyDetailsDTO]] = None, packageDetails: Optional[List[PackageDetailsDTO]] = None, kpis: Optional[KpisDTO] = None, invoiceNote: Optional[str] = None, pricingLevels: Optional[str] = None, accountingCode: Optional[str] = None, defaultSalePrice: Optional[str] = None, isTaxExemptWhenSold: Optional[str] = None, pricing_method: Optional[str] = None, pricing_schedules: Optional[str] = None, charge: Optional[SaleChargeDTO] = None, paymentProperties: Optional[List[SaleChargePropertiesDTO]] = None, pricing: Optional[PricingDTO] = None) -> None:
        self.status = status
        self.id = id
        self.name = name
        self.displayName = displayName
        self.description = description
        self.type = type
        self.baseUom = baseUom
        self.parentItemId = parentItemId
        self.origin = origin
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.imageUri = imageUri
        self.group = group
        self.manager = manager
        self.customForm = customForm
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.codes = codes
        self.uoms = uoms
        self.currencies = currencies
        self.sale = sale
        self.purchase = purchase
        self.inventories = inventories
        self.familyDetails = familyDetails
        self.packageDetails = packageDetails
        self.kpis = kpis
        self.invoiceNote = invoiceNote
        self.pricingLevels = pricingLevels
        self.accountingCode = accountingCode
        self.defaultSalePrice = defaultSalePrice
        self.isTaxExemptWhenSold = isTaxExemptWhenSold
        self.pricing_method = pricing_method
        self.pricing_schedules = pricing_schedules
        self.charge = charge
        self.paymentProperties = paymentProperties
        self.pricing = pricing


@dataclass(repr=False, eq=False, init=False)
class ItemFamilyDetailsDTO(DTOBase):
    """``ItemFamilyDetailsDTO`` of the documented SDK."""
    itemId: Optional[str] = None
    itemName: Optional[str] = None

    def __init__(self, itemId: Optional[str] = None, itemName: Optional[str] = None) -> None:
        self.itemId = itemId
        self.itemName = itemName


@dataclass(repr=False, eq=False, init=False)
class ItemInventoryAdjustmentsListResponseDTO(DTOBase):
    """``ItemInventoryAdjustmentsListResponseDTO`` of the documented SDK."""
    item: Optional[InventoryAdjustmentsListDataDTO] = None

    def __init__(self, item: Optional[InventoryAdjustmentsListDataDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class ItemInventoryRequestDTO(DTOBase):
    """``ItemInventoryRequestDTO`` of the documented SDK."""
    item: Optional[InventoryResponseDTO] = None

    def __init__(self, item: Optional[InventoryResponseDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class ItemInventoryResponseDTO(DTOBase):
    """``ItemInventoryResponseDTO`` of the documented SDK."""
    item: Optional[InventoryResponseDTO] = None

    def __init__(self, item: Optional[InventoryResponseDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class ItemListResponseDTO(DTOBase):
    """``ItemListResponseDTO`` of the documented SDK."""
    items: Optional[List[ItemDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, items: Optional[List[ItemDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.items = items
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class ItemPackageDetailsDataDTO(DTOBase):
    """``ItemPackageDetailsDataDTO`` of the documented SDK."""
    id: Optional[str] = None
    name: Optional[str] = None
    packageDetails: Optional[List[PackageDetailsDTO]] = None

    def __init__(self, id: Optional[str] = None, name: Optional[str] = None, packageDetails: Optional[List[PackageDetailsDTO]] = None) -> None:
        self.id = id
        self.name = name
        self.packageDetails = packageDetails


@dataclass(repr=False, eq=False, init=False)
class ItemPackageDetailsResponseDTO(DTOBase):
    """``ItemPackageDetailsResponseDTO`` of the documented SDK."""
    item: Optional[ItemPackageDetailsDataDTO] = None

    def __init__(self, item: Optional[ItemPackageDetailsDataDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class ItemPurchaseRequestDTO(DTOBase):
    """``ItemPurchaseRequestDTO`` of the documented SDK."""
    item: Optional[ItemRequestDataDTO] = None

    def __init__(self, item: Optional[ItemRequestDataDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class ItemPurchaseResponseDTO(DTOBase):
    """``ItemPurchaseResponseDTO`` of the documented SDK."""
    item: Optional[PurchaseResponseDTO] = None

    def __init__(self, item: Optional[PurchaseResponseDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class ItemRequestDataDTO(DTOBase):
    """``ItemRequestDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    type: Optional[str] = None
    baseUom: Optional[str] = None
    parentItemId: Optional[str] = None
    origin: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    imageUri: Optional[str] = None
    group: Optional[GroupDataDTO] = None
    manager: Optional[str] = None
    customForm: Optional[CustomFormDTO] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    customObjects: Optional[List[CustomObjectDTO]] = None
    codes: Optional[List[CodesDTO]] = None
    uoms: Optional[List[UomDTO]] = None
    currencies: Optional[List[CurrenciesDTO]] = None
    sale: Optional[SaleDTO] = None
    purchase: Optional[PurchaseRequestDTO] = None
    inventories: Optional[InventoriesDTO] = None
    kpis: Optional[KpisDTO] = None
    invoiceNote: Optional[str] = None
    pricingLevels: Optional[str] = None
    accountingCode: Optional[str] = None
    defaultSalePrice: Optional[str] = None
    isTaxExemptWhenSold: Optional[str] = None
    pricing_method: Optional[str] = None
    pricing_schedules: Optional[str] = None
    charge: Optional[SaleChargeDTO] = None
    paymentProperties: Optional[List[SaleChargePropertiesDTO]] = None
    pricing: Optional[PricingDTO] = None
    isUsedForSale: Optional[str] = None
    isDefaultForSale: Optional[str] = None
    isUsedForPurchase: Optional[str] = None
    isDefaultForPurchase: Optional[str] = None
    isEnabled: Optional[str] = None
    isLinked: Optional[str] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, type: Optional[str] = None, baseUom: Optional[str] = None, parentItemId: Optional[str] = None, origin: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, imageUri: Optional[str] = None, group: Optional[GroupDataDTO] = None, manager: Optional[str] = None, customForm: Optional[CustomFormDTO] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, customObjects: Optional[List[CustomObjectDTO]] = None, codes: Optional[List[CodesDTO]] = None, uoms: Optional[List[UomDTO]] = None, currencies: Optional[List[CurrenciesDTO]] = None, sale: Optional[SaleDTO] = None, purchase: Optional[PurchaseRequestDTO] = None, inventories: Optional[InventoriesDTO] = None, kpis: Optional[KpisDTO] = None, invoiceNote: Optional[str] = None, pricingLevels: Optional[str] = None, accountingCode: Optional[str] = None, defaultSalePrice: Optional[str] = None, isTaxExemptWhenSold: Optional[str] = None, pricing_method: Optional[str] = None, pricing_schedules: Optional[str] = None, charge: Optional[SaleChargeDTO] = None, paymentProperties: Optional[List[SaleChargePropertiesDTO]] = None, pricing: Optional[PricingDTO] = None, isUsedForSale: Optional[str] = None, isDefaultForSale: Optional[str] = None, isUsedForPurchase: Optional[str] = None, isDefaultForPurchase: Optional[str] = None, isEnabled: Optional[str] = None, isLinked: Optional[str] = None) -> None:
        self.status = status
        self.id = id
        self.name = name
        self.displayName = displayName
        self.description = description
        self.type = type
        self.baseUom = baseUom
        self.parentItemId = parentItemId
        self.origin = origin
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.imageUri = imageUri
        self.group = group
        self.manager = manager
        self.customForm = customForm
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.codes = codes
        self.uoms = uoms
        self.currencies = currencies
        self.sale = sale
        self.purchase = purchase
        self.inventories = inventories
        self.kpis = kpis
        self.invoiceNote = invoiceNote
        self.pricingLevels = pricingLevels
        self.accountingCode = accountingCode
        self.defaultSalePrice = defaultSalePrice
        self.isTaxExemptWhenSold = isTaxExemptWhenSold
        self.pricing_method = pricing_method
        self.pricing_schedules = pricing_schedules
        self.charge = charge
        self.paymentProperties = paymentProperties
        self.pricing = pricing
        self.isUsedForSale = isUsedForSale
        self.isDefaultForSale = isDefaultForSale
        self.isUsedForPurchase = isUsedForPurchase
        self.isDefaultForPurchase = isDefaultForPurchase
        self.isEnabled = isEnabled
        self.isLinked = isLinked


@dataclass(repr=False, eq=False, init=False)
class ItemResponseDTO(DTOBase):
    """``ItemResponseDTO`` of the documented SDK."""
    item: Optional[ItemDataDTO] = None

    def __init__(self, item: Optional[ItemDataDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class ItemSaleResponseDTO(DTOBase):
    """``ItemSaleResponseDTO`` of the documented SDK."""
    item: Optional[SaleResponseDTO] = None

    def __init__(self, item: Optional[SaleResponseDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class ItemUpdateSaleResponseDTO(DTOBase):
    """``ItemUpdateSaleResponseDTO`` of the documented SDK."""
    item: Optional[ItemDataDTO] = None

    def __init__(self, item: Optional[ItemDataDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class KpisDTO(DTOBase):
    """``KpisDTO`` of the documented SDK."""
    totalRevenue: Optional[Union[float, str]] = None
    totalCollected: Optional[Union[float, str]] = None
    totalOutstanding: Optional[Union[float, str]] = None
    totalOverdue: Optional[Union[float, str]] = None

    def __init__(self, totalRevenue: Optional[Union[float, str]] = None, totalCollected: Optional[Union[float, str]] = None, totalOutstanding: Optional[Union[float, str]] = None, totalOverdue: Optional[Union[float, str]] = None) -> None:
        self.totalRevenue = totalRevenue
        self.totalCollected = totalCollected
        self.totalOutstanding = totalOutstanding
        self.totalOverdue = totalOverdue


@dataclass(repr=False, eq=False, init=False)
class LowStockIndividualWarehousesDataDTO(DTOBase):
    """``LowStockIndividualWarehousesDataDTO`` of the documented SDK."""
    warehouse: Optional[str] = None
    lowStockThreshold: Optional[str] = None

    def __init__(self, warehouse: Optional[str] = None, lowStockThreshold: Optional[str] = None) -> None:
        self.warehouse = warehouse
        self.lowStockThreshold = lowStockThreshold


@dataclass(repr=False, eq=False, init=False)
class PackageDetailsBillingPeriodDTO(DTOBase):
    """``PackageDetailsBillingPeriodDTO`` of the documented SDK."""
    name: Optional[str] = None
    rank: Optional[str] = None

    def __init__(self, name: Optional[str] = None, rank: Optional[str] = None) -> None:
        self.name = name
        self.rank = rank


@dataclass(repr=False, eq=False, init=False)
class PackageDetailsDTO(DTOBase):
    """``PackageDetailsDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    rank: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    items: Optional[List[PackageDetailsItemDTO]] = None
    billingPeriods: Optional[List[PackageDetailsBillingPeriodDTO]] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, rank: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, items: Optional[List[PackageDetailsItemDTO]] = None, billingPeriods: Optional[List[PackageDetailsBillingPeriodDTO]] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.rank = rank
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.items = items
        self.billingPeriods = billingPeriods
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class PackageDetailsItemDTO(DTOBase):
    """``PackageDetailsItemDTO`` of the documented SDK."""
    itemId: Optional[str] = None
    itemName: Optional[str] = None
    quantity: Optional[str] = None
    uom: Optional[str] = None

    def __init__(self, itemId: Optional[str] = None, itemName: Optional[str] = None, quantity: Optional[str] = None, uom: Optional[str] = None) -> None:
        self.itemId = itemId
        self.itemName = itemName
        self.quantity = quantity
        self.uom = uom


@dataclass(repr=False, eq=False, init=False)
class PaginationDTO(DTOBase):
    """``PaginationDTO`` of the documented SDK."""
    records: Optional[Union[int, str]] = None
    limit: Optional[Union[int, str]] = None
    offset: Optional[Union[int, str]] = None
    previousPage: Optional[str] = None
    nextPage: Optional[str] = None

    def __init__(self, records: Optional[Union[int, str]] = None, limit: Optional[Union[int, str]] = None, offset: Optional[Union[int, str]] = None, previousPage: Optional[str] = None, nextPage: Optional[str] = None) -> None:
        self.records = records
        self.limit = limit
        self.offset = offset
        self.previousPage = previousPage
        self.nextPage = nextPage


@dataclass(repr=False, eq=False, init=False)
class PreorderConfigurationDataDTO(DTOBase):
    """``PreorderConfigurationDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    startDate: Optional[str] = None
    endDate: Optional[str] = None

    def __init__(self, name: Optional[str] = None, startDate: Optional[str] = None, endDate: Optional[str] = None) -> None:
        self.name = name
        self.startDate = startDate
        self.endDate = endDate


@dataclass(repr=False, eq=False, init=False)
class PreorderPeriodDataDTO(DTOBase):
    """``PreorderPeriodDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    endDate: Optional[str] = None
    startDate: Optional[str] = None

    def __init__(self, name: Optional[str] = None, endDate: Optional[str] = None, startDate: Optional[str] = None) -> None:
        self.name = name
        self.endDate = endDate
        self.startDate = startDate


@dataclass(repr=False, eq=False, init=False)
class PricingDTO(DTOBase):
    """``PricingDTO`` of the documented SDK."""
    type: Optional[str] = None
    version: Optional[str] = None
    latestUsedPricingVersion: Optional[str] = None
    pricingModule: Optional[List[PricingModuleDTO]] = None

    def __init__(self, type: Optional[str] = None, version: Optional[str] = None, latestUsedPricingVersion: Optional[str] = None, pricingModule: Optional[List[PricingModuleDTO]] = None) -> None:
        self.type = type
        self.version = version
        self.latestUsedPricingVersion = latestUsedPricingVersion
        self.pricingModule = pricingModule


@dataclass(repr=False, eq=False, init=False)
class PricingLevelDTO(DTOBase):
    """``PricingLevelDTO`` of the documented SDK."""
    name: Optional[str] = None
    uuid: Optional[str] = None
    isLinked: Optional[str] = None
    taxExempt: Optional[str] = None
    salePriceEnteredIsInclusiveOfTax: Optional[str] = None
    taxCode: Optional[str] = None
    salePriceIsBasedOn: Optional[str] = None

    def __init__(self, name: Optional[str] = None, uuid: Optional[str] = None, isLinked: Optional[str] = None, taxExempt: Optional[str] = None, salePriceEnteredIsInclusiveOfTax: Optional[str] = None, taxCode: Optional[str] = None, salePriceIsBasedOn: Optional[str] = None) -> None:
        self.name = name
        self.uuid = uuid
        self.isLinked = isLinked
        self.taxExempt = taxExempt
        self.salePriceEnteredIsInclusiveOfTax = salePriceEnteredIsInclusiveOfTax
        self.taxCode = taxCode
        self.salePriceIsBasedOn = salePriceIsBasedOn


@dataclass(repr=False, eq=False, init=False)
class PricingModuleDTO(DTOBase):
    """``PricingModuleDTO`` of the documented SDK."""
    price: Optional[str] = None
    currency: Optional[str] = None
    uom: Optional[str] = None
    lastPurchasePrice: Optional[str] = None
    averagePurchasePrice: Optional[str] = None
    package: Optional[str] = None
    billingPeriod: Optional[str] = None

    def __init__(self, price: Optional[str] = None, currency: Optional[str] = None, uom: Optional[str] = None, lastPurchasePrice: Optional[str] = None, averagePurchasePrice: Optional[str] = None, package: Optional[str] = None, billingPeriod: Optional[str] = None) -> None:
        self.price = price
        self.currency = currency
        self.uom = uom
        self.lastPurchasePrice = lastPurchasePrice
        self.averagePurchasePrice = averagePurchasePrice
        self.package = package
        self.billingPeriod = billingPeriod


@dataclass(repr=False, eq=False, init=False)
class PurchaseDTO(DTOBase):
    """``PurchaseDTO`` of the documented SDK."""
    isEnable: Optional[str] = None
    enabled: Optional[str] = None
    enableSupplierManagement: Optional[str] = None
    accountingCode: Optional[AccountingCodeDTO] = None
    purchaseOrderNote: Optional[str] = None
    defaultPurchasePrice: Optional[str] = None
    taxExemptWhenPurchase: Optional[str] = None
    taxConfiguration: Optional[PurchaseTaxConfigurationDTO] = None
    pricingProfile: Optional[Dict[str, Any]] = None
    purchaseProperties: Optional[List[PurchasePropertiesDTO]] = None
    pricing: Optional[PricingDTO] = None
    suppliers: Optional[List[PurchaseSuppliersDTO]] = None

    def __init__(self, isEnable: Optional[str] = None, enabled: Optional[str] = None, enableSupplierManagement: Optional[str] = None, accountingCode: Optional[AccountingCodeDTO] = None, purchaseOrderNote: Optional[str] = None, defaultPurchasePrice: Optional[str] = None, taxExemptWhenPurchase: Optional[str] = None, taxConfiguration: Optional[PurchaseTaxConfigurationDTO] = None, pricingProfile: Optional[Dict[str, Any]] = None, purchaseProperties: Optional[List[PurchasePropertiesDTO]] = None, pricing: Optional[PricingDTO] = None, suppliers: Optional[List[PurchaseSuppliersDTO]] = None) -> None:
        self.isEnable = isEnable
        self.enabled = enabled
        self.enableSupplierManagement = enableSupplierManagement
        self.accountingCode = accountingCode
        self.purchaseOrderNote = purchaseOrderNote
        self.defaultPurchasePrice = defaultPurchasePrice
        self.taxExemptWhenPurchase = taxExemptWhenPurchase
        self.taxConfiguration = taxConfiguration
        self.pricingProfile = pricingProfile
        self.purchaseProperties = purchaseProperties
        self.pricing = pricing
        self.suppliers = suppliers


@dataclass(repr=False, eq=False, init=False)
class PurchasePropertiesDTO(DTOBase):
    """``PurchasePropertiesDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class PurchaseRequestDTO(DTOBase):
    """``PurchaseRequestDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    enableSupplierManagement: Optional[str] = None
    supplierManagementIsEnabled: Optional[str] = None
    accountingCode: Optional[str] = None
    purchaseOrderNote: Optional[str] = None
    defaultPurchasePrice: Optional[str] = None
    defaultPurchaseCurrency: Optional[str] = None
    taxExemptWhenPurchase: Optional[str] = None
    taxConfiguration: Optional[PurchaseTaxConfigurationDTO] = None
    pricingProfile: Optional[str] = None
    purchaseProperties: Optional[List[PurchasePropertiesDTO]] = None
    pricing: Optional[PricingDTO] = None
    suppliers: Optional[List[PurchaseSuppliersRequestDTO]] = None
    isTaxExemptWhenPurchase: Optional[str] = None
    isEnabled: Optional[str] = None
    rateOption: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, enableSupplierManagement: Optional[str] = None, supplierManagementIsEnabled: Optional[str] = None, accountingCode: Optional[str] = None, purchaseOrderNote: Optional[str] = None, defaultPurchasePrice: Optional[str] = None, defaultPurchaseCurrency: Optional[str] = None, taxExemptWhenPurchase: Optional[str] = None, taxConfiguration: Optional[PurchaseTaxConfigurationDTO] = None, pricingProfile: Optional[str] = None, purchaseProperties: Optional[List[PurchasePropertiesDTO]] = None, pricing: Optional[PricingDTO] = None, suppliers: Optional[List[PurchaseSuppliersRequestDTO]] = None, isTaxExemptWhenPurchase: Optional[str] = None, isEnabled: Optional[str] = None, rateOption: Optional[str] = None) -> None:
        self.enabled = enabled
        self.enableSupplierManagement = enableSupplierManagement
        self.supplierManagementIsEnabled = supplierManagementIsEnabled
        self.accountingCode = accountingCode
        self.purchaseOrderNote = purchaseOrderNote
        self.defaultPurchasePrice = defaultPurchasePrice
        self.defaultPurchaseCurrency = defaultPurchaseCurrency
        self.taxExemptWhenPurchase = taxExemptWhenPurchase
        self.taxConfiguration = taxConfiguration
        self.pricingProfile = pricingProfile
        self.purchaseProperties = purchaseProperties
        self.pricing = pricing
        self.suppliers = suppliers
        self.isTaxExemptWhenPurchase = isTaxExemptWhenPurchase
        self.isEnabled = isEnabled
        self.rateOption = rateOption


@dataclass(repr=False, eq=False, init=False)
class PurchaseResponseDTO(DTOBase):
    """``PurchaseResponseDTO`` of the documented SDK."""
    purchase: Optional[PurchaseDTO] = None

    def __init__(self, purchase: Optional[PurchaseDTO] = None) -> None:
        self.purchase = purchase


@dataclass(repr=False, eq=False, init=False)
class PurchaseSuppliersDTO(DTOBase):
    """``PurchaseSuppliersDTO`` of the documented SDK."""
    id: Optional[str] = None
    name: Optional[str] = None
    accountingCode: Optional[AccountingCodeDTO] = None
    purchaseOrderNote: Optional[str] = None
    defaultPurchaseCurrency: Optional[str] = None
    defaultPurchasePrice: Optional[str] = None
    isTaxExemptWhenPurchase: Optional[str] = None
    taxConfiguration: Optional[TaxConfigurationDTO] = None
    pricing: Optional[PricingDTO] = None

    def __init__(self, id: Optional[str] = None, name: Optional[str] = None, accountingCode: Optional[AccountingCodeDTO] = None, purchaseOrderNote: Optional[str] = None, defaultPurchaseCurrency: Optional[str] = None, defaultPurchasePrice: Optional[str] = None, isTaxExemptWhenPurchase: Optional[str] = None, taxConfiguration: Optional[TaxConfigurationDTO] = None, pricing: Optional[PricingDTO] = None) -> None:
        self.id = id
        self.name = name
        self.accountingCode = accountingCode
        self.purchaseOrderNote = purchaseOrderNote
        self.defaultPurchaseCurrency = defaultPurchaseCurrency
        self.defaultPurchasePrice = defaultPurchasePrice
        self.isTaxExemptWhenPurchase = isTaxExemptWhenPurchase
        self.taxConfiguration = taxConfiguration
        self.pricing = pricing


@dataclass(repr=False, eq=False, init=False)
class PurchaseSuppliersRequestDTO(DTOBase):
    """``PurchaseSuppliersRequestDTO`` of the documented SDK."""
    id: Optional[str] = None
    name: Optional[str] = None
    accountingCode: Optional[Union[AccountingCodeDTO, str]] = None
    purchaseOrderNote: Optional[str] = None
    defaultPurchaseCurrency: Optional[str] = None
    defaultPurchasePrice: Optional[str] = None
    isTaxExemptWhenPurchase: Optional[str] = None
    taxExemptWhenPurchase: Optional[str] = None
    taxConfiguration: Optional[TaxConfigurationDTO] = None
    pricing: Optional[PricingDTO] = None
    rateOption: Optional[str] = None

    def __init__(self, id: Optional[str] = None, name: Optional[str] = None, accountingCode: Optional[Union[AccountingCodeDTO, str]] = None, purchaseOrderNote: Optional[str] = None, defaultPurchaseCurrency: Optional[str] = None, defaultPurchasePrice: Optional[str] = None, isTaxExemptWhenPurchase: Optional[str] = None, taxExemptWhenPurchase: Optional[str] = None, taxConfiguration: Optional[TaxConfigurationDTO] = None, pricing: Optional[PricingDTO] = None, rateOption: Optional[str] = None) -> None:
        self.id = id
        self.name = name
        self.accountingCode = accountingCode
        self.purchaseOrderNote = purchaseOrderNote
        self.defaultPurchaseCurrency = defaultPurchaseCurrency
        self.defaultPurchasePrice = defaultPurchasePrice
        self.isTaxExemptWhenPurchase = isTaxExemptWhenPurchase
        self.taxExemptWhenPurchase = taxExemptWhenPurchase
        self.taxConfiguration = taxConfiguration
        self.pricing = pricing
        self.rateOption = rateOption


@dataclass(repr=False, eq=False, init=False)
class PurchaseTaxConfigurationDTO(DTOBase):
    """``PurchaseTaxConfigurationDTO`` of the documented SDK."""
    purchasePriceEnteredIsInclusiveOfTax: Optional[str] = None

    def __init__(self, purchasePriceEnteredIsInclusiveOfTax: Optional[str] = None) -> None:
        self.purchasePriceEnteredIsInclusiveOfTax = purchasePriceEnteredIsInclusiveOfTax


@dataclass(repr=False, eq=False, init=False)
class ReorderingThresholdForIndividualWarehousesDataDTO(DTOBase):
    """``ReorderingThresholdForIndividualWarehousesDataDTO`` of the documented SDK."""
    warehouse: Optional[str] = None
    useLastPurchasePrice: Optional[str] = None
    preferredSupplier: Optional[str] = None
    reorderingThreshold: Optional[str] = None

    def __init__(self, warehouse: Optional[str] = None, useLastPurchasePrice: Optional[str] = None, preferredSupplier: Optional[str] = None, reorderingThreshold: Optional[str] = None) -> None:
        self.warehouse = warehouse
        self.useLastPurchasePrice = useLastPurchasePrice
        self.preferredSupplier = preferredSupplier
        self.reorderingThreshold = reorderingThreshold


@dataclass(repr=False, eq=False, init=False)
class SaleChargeDTO(DTOBase):
    """``SaleChargeDTO`` of the documented SDK."""
    type: Optional[str] = None
    pricePeriod: Optional[str] = None
    properties: Optional[List[SaleChargePropertiesDTO]] = None

    def __init__(self, type: Optional[str] = None, pricePeriod: Optional[str] = None, properties: Optional[List[SaleChargePropertiesDTO]] = None) -> None:
        self.type = type
        self.pricePeriod = pricePeriod
        self.properties = properties


@dataclass(repr=False, eq=False, init=False)
class SaleChargePropertiesDTO(DTOBase):
    """``SaleChargePropertiesDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class SaleDTO(DTOBase):
    """``SaleDTO`` of the documented SDK."""
    isEnable: Optional[str] = None
    enabled: Optional[str] = None
    invoiceNote: Optional[str] = None
    accountingCode: Optional[AccountingCodeDTO] = None
    defaultSalePrice: Optional[str] = None
    shippingProfile: Optional[str] = None
    taxExemptWhenSold: Optional[str] = None
    pricingMethod: Optional[str] = None
    taxConfiguration: Optional[SaleTaxConfigurationDTO] = None
    pricingProfile: Optional[Dict[str, Any]] = None
    pricingSchedules: Optional[List[str]] = None
    pricingLevels: Optional[List[PricingLevelDTO]] = None
    charge: Optional[SaleChargeDTO] = None
    paymentProperties: Optional[List[SaleChargePropertiesDTO]] = None
    discountProfile: Optional[Dict[str, Any]] = None
    discountProfiles: Optional[List[Any]] = None
    pricing: Optional[PricingDTO] = None
    width: Optional[DimensionDTO] = None
    height: Optional[DimensionDTO] = None
    length: Optional[DimensionDTO] = None
    weight: Optional[DimensionDTO] = None
    useOnSalePrice: Optional[str] = None
    salePriceVariant: Optional[str] = None
    salePrice: Optional[str] = None
    startDate: Optional[str] = None
    endDate: Optional[str] = None

    def __init__(self, isEnable: Optional[str] = None, enabled: Optional[str] = None, invoiceNote: Optional[str] = None, accountingCode: Optional[AccountingCodeDTO] = None, defaultSalePrice: Optional[str] = None, shippingProfile: Optional[str] = None, taxExemptWhenSold: Optional[str] = None, pricingMethod: Optional[str] = None, taxConfiguration: Optional[SaleTaxConfigurationDTO] = None, pricingProfile: Optional[Dict[str, Any]] = None, pricingSchedules: Optional[List[str]] = None, pricingLevels: Optional[List[PricingLevelDTO]] = None, charge: Optional[SaleChargeDTO] = None, paymentProperties: Optional[List[SaleChargePropertiesDTO]] = None, discountProfile: Optional[Dict[str, Any]] = None, discountProfiles: Optional[List[Any]] = None, pricing: Optional[PricingDTO] = None, width: Optional[DimensionDTO] = None, height: Optional[DimensionDTO] = None, length: Optional[DimensionDTO] = None, weight: Optional[DimensionDTO] = None, useOnSalePrice: Optional[str] = None, salePriceVariant: Optional[str] = None, salePrice: Optional[str] = None, startDate: Optional[str] = None, endDate: Optional[str] = None) -> None:
        self.isEnable = isEnable
        self.enabled = enabled
        self.invoiceNote = invoiceNote
        self.accountingCode = accountingCode
        self.defaultSalePrice = defaultSalePrice
        self.shippingProfile = shippingProfile
        self.taxExemptWhenSold = taxExemptWhenSold
        self.pricingMethod = pricingMethod
        self.taxConfiguration = taxConfiguration
        self.pricingProfile = pricingProfile
        self.pricingSchedules = pricingSchedules
        self.pricingLevels = pricingLevels
        self.charge = charge
        self.paymentProperties = paymentProperties
        self.discountProfile = discountProfile
        self.discountProfiles = discountProfiles
        self.pricing = pricing
        self.width = width
        self.height = height
        self.length = length
        self.weight = weight
        self.useOnSalePrice = useOnSalePrice
        self.salePriceVariant = salePriceVariant
        self.salePrice = salePrice
        self.startDate = startDate
        self.endDate = endDate


@dataclass(repr=False, eq=False, init=False)
class SaleResponseDTO(DTOBase):
    """``SaleResponseDTO`` of the documented SDK."""
    sale: Optional[SaleDTO] = None

    def __init__(self, sale: Optional[SaleDTO] = None) -> None:
        self.sale = sale


@dataclass(repr=False, eq=False, init=False)
class SaleTaxConfigurationDTO(DTOBase):
    """``SaleTaxConfigurationDTO`` of the documented SDK."""
    salePriceEnteredIsInclusiveOfTax: Optional[str] = None
    salePriceIsBasedOn: Optional[str] = None
    taxCode: Optional[TaxCodeDTO] = None

    def __init__(self, salePriceEnteredIsInclusiveOfTax: Optional[str] = None, salePriceIsBasedOn: Optional[str] = None, taxCode: Optional[TaxCodeDTO] = None) -> None:
        self.salePriceEnteredIsInclusiveOfTax = salePriceEnteredIsInclusiveOfTax
        self.salePriceIsBasedOn = salePriceIsBasedOn
        self.taxCode = taxCode


@dataclass(repr=False, eq=False, init=False)
class TaxCodeDTO(DTOBase):
    """``TaxCodeDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    code: Optional[str] = None
    rate: Optional[Union[float, str]] = None
    link: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, code: Optional[str] = None, rate: Optional[Union[float, str]] = None, link: Optional[str] = None) -> None:
        self.uuid = uuid
        self.code = code
        self.rate = rate
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class TaxConfigurationDTO(DTOBase):
    """``TaxConfigurationDTO`` of the documented SDK."""
    purchasePriceEnteredIsInclusiveOfTax: Optional[str] = None
    taxCode: Optional[TaxCodeDTO] = None

    def __init__(self, purchasePriceEnteredIsInclusiveOfTax: Optional[str] = None, taxCode: Optional[TaxCodeDTO] = None) -> None:
        self.purchasePriceEnteredIsInclusiveOfTax = purchasePriceEnteredIsInclusiveOfTax
        self.taxCode = taxCode


@dataclass(repr=False, eq=False, init=False)
class UomDTO(DTOBase):
    """``UomDTO`` of the documented SDK."""
    name: Optional[str] = None
    baseUom: Optional[str] = None
    saleConversionRate: Optional[str] = None
    purchaseConversionRate: Optional[str] = None
    usedForSale: Optional[str] = None
    usedForPurchase: Optional[str] = None
    isBase: Optional[str] = None
    isUsedForSale: Optional[str] = None
    isUsedForPurchase: Optional[str] = None

    def __init__(self, name: Optional[str] = None, baseUom: Optional[str] = None, saleConversionRate: Optional[str] = None, purchaseConversionRate: Optional[str] = None, usedForSale: Optional[str] = None, usedForPurchase: Optional[str] = None, isBase: Optional[str] = None, isUsedForSale: Optional[str] = None, isUsedForPurchase: Optional[str] = None) -> None:
        self.name = name
        self.baseUom = baseUom
        self.saleConversionRate = saleConversionRate
        self.purchaseConversionRate = purchaseConversionRate
        self.usedForSale = usedForSale
        self.usedForPurchase = usedForPurchase
        self.isBase = isBase
        self.isUsedForSale = isUsedForSale
        self.isUsedForPurchase = isUsedForPurchase


@dataclass(repr=False, eq=False, init=False)
class UpdateItemCodeDTO(DTOBase):
    """``UpdateItemCodeDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class UpdateItemCustomAttributeDTO(DTOBase):
    """``UpdateItemCustomAttributeDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class UpdateItemDataDTO(DTOBase):
    """``UpdateItemDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    invoiceNote: Optional[str] = None
    baseUom: Optional[str] = None
    origin: Optional[str] = None
    group: Optional[str] = None
    manager: Optional[str] = None
    customAttributes: Optional[List[UpdateItemCustomAttributeDTO]] = None
    codes: Optional[List[UpdateItemCodeDTO]] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, invoiceNote: Optional[str] = None, baseUom: Optional[str] = None, origin: Optional[str] = None, group: Optional[str] = None, manager: Optional[str] = None, customAttributes: Optional[List[UpdateItemCustomAttributeDTO]] = None, codes: Optional[List[UpdateItemCodeDTO]] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.description = description
        self.invoiceNote = invoiceNote
        self.baseUom = baseUom
        self.origin = origin
        self.group = group
        self.manager = manager
        self.customAttributes = customAttributes
        self.codes = codes


@dataclass(repr=False, eq=False, init=False)
class UpdateItemRequestDTO(DTOBase):
    """``UpdateItemRequestDTO`` of the documented SDK."""
    item: Optional[UpdateItemDataDTO] = None

    def __init__(self, item: Optional[UpdateItemDataDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class UpdateSaleItemRequestDTO(DTOBase):
    """``UpdateSaleItemRequestDTO`` of the documented SDK."""
    item: Optional[ItemDataDTO] = None

    def __init__(self, item: Optional[ItemDataDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class VariationValueDTO(DTOBase):
    """``VariationValueDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
