// generated from api/ — do not edit; run `make generate`
//! The PHP service classes of every area but accounts (account_service.rs, compat.rs):
//! `Exsited\<Area>Service` over an `Exsited\Client` and the documented SDK's
//! `Api\AppService\<Area>\<Area>Data` over an `Api\Component\ApiConfig`. Their methods
//! are in methods.rs.

use ext_php_rs::builders::ModuleBuilder;
use ext_php_rs::exception::PhpResult;
use ext_php_rs::prelude::*;

use crate::client::Client;
use crate::compat::ApiConfig;
use crate::settings::Handle;

/// The accounting codes operations of the Exsited API over an Exsited\Client: new Exsited\AccountingCodesService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\AccountingCodesService")]
pub struct AccountingCodesService {
    pub(crate) handle: Handle,
}

impl AccountingCodesService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's accounting codes service (drop-in): new Api\AppService\AccountingCodes\AccountingCodesData(new Api\Component\ApiConfig($config)); same methods as Exsited\AccountingCodesService.
#[php_class]
#[php(name = "Api\\AppService\\AccountingCodes\\AccountingCodesData")]
pub struct AccountingCodesData {
    pub(crate) handle: Handle,
}

impl AccountingCodesData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The alert operations of the Exsited API over an Exsited\Client: new Exsited\AlertService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\AlertService")]
pub struct AlertService {
    pub(crate) handle: Handle,
}

impl AlertService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's alert service (drop-in): new Api\AppService\Alert\AlertData(new Api\Component\ApiConfig($config)); same methods as Exsited\AlertService.
#[php_class]
#[php(name = "Api\\AppService\\Alert\\AlertData")]
pub struct AlertData {
    pub(crate) handle: Handle,
}

impl AlertData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The api action script operations of the Exsited API over an Exsited\Client: new Exsited\ApiActionScriptService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\ApiActionScriptService")]
pub struct ApiActionScriptService {
    pub(crate) handle: Handle,
}

impl ApiActionScriptService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's api action script service (drop-in): new Api\AppService\ApiActionScript\ApiActionScriptData(new Api\Component\ApiConfig($config)); same methods as Exsited\ApiActionScriptService.
#[php_class]
#[php(name = "Api\\AppService\\ApiActionScript\\ApiActionScriptData")]
pub struct ApiActionScriptData {
    pub(crate) handle: Handle,
}

impl ApiActionScriptData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The approval operations of the Exsited API over an Exsited\Client: new Exsited\ApprovalService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\ApprovalService")]
pub struct ApprovalService {
    pub(crate) handle: Handle,
}

impl ApprovalService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's approval service (drop-in): new Api\AppService\Approval\ApprovalData(new Api\Component\ApiConfig($config)); same methods as Exsited\ApprovalService.
#[php_class]
#[php(name = "Api\\AppService\\Approval\\ApprovalData")]
pub struct ApprovalData {
    pub(crate) handle: Handle,
}

impl ApprovalData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The booking operations of the Exsited API over an Exsited\Client: new Exsited\BookingService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\BookingService")]
pub struct BookingService {
    pub(crate) handle: Handle,
}

impl BookingService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's booking service (drop-in): new Api\AppService\Booking\BookingData(new Api\Component\ApiConfig($config)); same methods as Exsited\BookingService.
#[php_class]
#[php(name = "Api\\AppService\\Booking\\BookingData")]
pub struct BookingData {
    pub(crate) handle: Handle,
}

impl BookingData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The communication operations of the Exsited API over an Exsited\Client: new Exsited\CommunicationService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\CommunicationService")]
pub struct CommunicationService {
    pub(crate) handle: Handle,
}

impl CommunicationService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's communication service (drop-in): new Api\AppService\Communication\CommunicationData(new Api\Component\ApiConfig($config)); same methods as Exsited\CommunicationService.
#[php_class]
#[php(name = "Api\\AppService\\Communication\\CommunicationData")]
pub struct CommunicationData {
    pub(crate) handle: Handle,
}

impl CommunicationData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The credit note operations of the Exsited API over an Exsited\Client: new Exsited\CreditNoteService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\CreditNoteService")]
pub struct CreditNoteService {
    pub(crate) handle: Handle,
}

impl CreditNoteService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's credit note service (drop-in): new Api\AppService\CreditNote\CreditNoteData(new Api\Component\ApiConfig($config)); same methods as Exsited\CreditNoteService.
#[php_class]
#[php(name = "Api\\AppService\\CreditNote\\CreditNoteData")]
pub struct CreditNoteData {
    pub(crate) handle: Handle,
}

impl CreditNoteData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The custom attribute operations of the Exsited API over an Exsited\Client: new Exsited\CustomAttributeService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\CustomAttributeService")]
pub struct CustomAttributeService {
    pub(crate) handle: Handle,
}

impl CustomAttributeService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's custom attribute service (drop-in): new Api\AppService\CustomAttribute\CustomAttributeData(new Api\Component\ApiConfig($config)); same methods as Exsited\CustomAttributeService.
#[php_class]
#[php(name = "Api\\AppService\\CustomAttribute\\CustomAttributeData")]
pub struct CustomAttributeData {
    pub(crate) handle: Handle,
}

impl CustomAttributeData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The custom component operations of the Exsited API over an Exsited\Client: new Exsited\CustomComponentService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\CustomComponentService")]
pub struct CustomComponentService {
    pub(crate) handle: Handle,
}

impl CustomComponentService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's custom component service (drop-in): new Api\AppService\CustomComponent\CustomComponentData(new Api\Component\ApiConfig($config)); same methods as Exsited\CustomComponentService.
#[php_class]
#[php(name = "Api\\AppService\\CustomComponent\\CustomComponentData")]
pub struct CustomComponentData {
    pub(crate) handle: Handle,
}

impl CustomComponentData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The custom feature operations of the Exsited API over an Exsited\Client: new Exsited\CustomFeatureService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\CustomFeatureService")]
pub struct CustomFeatureService {
    pub(crate) handle: Handle,
}

impl CustomFeatureService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's custom feature service (drop-in): new Api\AppService\CustomFeature\CustomFeatureData(new Api\Component\ApiConfig($config)); same methods as Exsited\CustomFeatureService.
#[php_class]
#[php(name = "Api\\AppService\\CustomFeature\\CustomFeatureData")]
pub struct CustomFeatureData {
    pub(crate) handle: Handle,
}

impl CustomFeatureData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The employee operations of the Exsited API over an Exsited\Client: new Exsited\EmployeeService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\EmployeeService")]
pub struct EmployeeService {
    pub(crate) handle: Handle,
}

impl EmployeeService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's employee service (drop-in): new Api\AppService\Employee\EmployeeData(new Api\Component\ApiConfig($config)); same methods as Exsited\EmployeeService.
#[php_class]
#[php(name = "Api\\AppService\\Employee\\EmployeeData")]
pub struct EmployeeData {
    pub(crate) handle: Handle,
}

impl EmployeeData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The event operations of the Exsited API over an Exsited\Client: new Exsited\EventService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\EventService")]
pub struct EventService {
    pub(crate) handle: Handle,
}

impl EventService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's event service (drop-in): new Api\AppService\Event\EventData(new Api\Component\ApiConfig($config)); same methods as Exsited\EventService.
#[php_class]
#[php(name = "Api\\AppService\\Event\\EventData")]
pub struct EventData {
    pub(crate) handle: Handle,
}

impl EventData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The external database operations of the Exsited API over an Exsited\Client: new Exsited\ExternalDatabaseService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\ExternalDatabaseService")]
pub struct ExternalDatabaseService {
    pub(crate) handle: Handle,
}

impl ExternalDatabaseService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's external database service (drop-in): new Api\AppService\ExternalDatabase\ExternalDatabaseData(new Api\Component\ApiConfig($config)); same methods as Exsited\ExternalDatabaseService.
#[php_class]
#[php(name = "Api\\AppService\\ExternalDatabase\\ExternalDatabaseData")]
pub struct ExternalDatabaseData {
    pub(crate) handle: Handle,
}

impl ExternalDatabaseData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The gift operations of the Exsited API over an Exsited\Client: new Exsited\GiftService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\GiftService")]
pub struct GiftService {
    pub(crate) handle: Handle,
}

impl GiftService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's gift service (drop-in): new Api\AppService\Gift\GiftData(new Api\Component\ApiConfig($config)); same methods as Exsited\GiftService.
#[php_class]
#[php(name = "Api\\AppService\\Gift\\GiftData")]
pub struct GiftData {
    pub(crate) handle: Handle,
}

impl GiftData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The integration operations of the Exsited API over an Exsited\Client: new Exsited\IntegrationService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\IntegrationService")]
pub struct IntegrationService {
    pub(crate) handle: Handle,
}

impl IntegrationService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's integration service (drop-in): new Api\AppService\Integration\IntegrationData(new Api\Component\ApiConfig($config)); same methods as Exsited\IntegrationService.
#[php_class]
#[php(name = "Api\\AppService\\Integration\\IntegrationData")]
pub struct IntegrationData {
    pub(crate) handle: Handle,
}

impl IntegrationData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The inventory adjustments operations of the Exsited API over an Exsited\Client: new Exsited\InventoryAdjustmentsService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\InventoryAdjustmentsService")]
pub struct InventoryAdjustmentsService {
    pub(crate) handle: Handle,
}

impl InventoryAdjustmentsService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's inventory adjustments service (drop-in): new Api\AppService\InventoryAdjustments\InventoryAdjustmentsData(new Api\Component\ApiConfig($config)); same methods as Exsited\InventoryAdjustmentsService.
#[php_class]
#[php(name = "Api\\AppService\\InventoryAdjustments\\InventoryAdjustmentsData")]
pub struct InventoryAdjustmentsData {
    pub(crate) handle: Handle,
}

impl InventoryAdjustmentsData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The invoice operations of the Exsited API over an Exsited\Client: new Exsited\InvoiceService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\InvoiceService")]
pub struct InvoiceService {
    pub(crate) handle: Handle,
}

impl InvoiceService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's invoice service (drop-in): new Api\AppService\Invoice\InvoiceData(new Api\Component\ApiConfig($config)); same methods as Exsited\InvoiceService.
#[php_class]
#[php(name = "Api\\AppService\\Invoice\\InvoiceData")]
pub struct InvoiceData {
    pub(crate) handle: Handle,
}

impl InvoiceData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The item operations of the Exsited API over an Exsited\Client: new Exsited\ItemService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\ItemService")]
pub struct ItemService {
    pub(crate) handle: Handle,
}

impl ItemService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's item service (drop-in): new Api\AppService\Item\ItemData(new Api\Component\ApiConfig($config)); same methods as Exsited\ItemService.
#[php_class]
#[php(name = "Api\\AppService\\Item\\ItemData")]
pub struct ItemData {
    pub(crate) handle: Handle,
}

impl ItemData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The item fulfillment operations of the Exsited API over an Exsited\Client: new Exsited\ItemFulfillmentService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\ItemFulfillmentService")]
pub struct ItemFulfillmentService {
    pub(crate) handle: Handle,
}

impl ItemFulfillmentService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's item fulfillment service (drop-in): new Api\AppService\ItemFulfillment\ItemFulfillmentData(new Api\Component\ApiConfig($config)); same methods as Exsited\ItemFulfillmentService.
#[php_class]
#[php(name = "Api\\AppService\\ItemFulfillment\\ItemFulfillmentData")]
pub struct ItemFulfillmentData {
    pub(crate) handle: Handle,
}

impl ItemFulfillmentData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The item receipt operations of the Exsited API over an Exsited\Client: new Exsited\ItemReceiptService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\ItemReceiptService")]
pub struct ItemReceiptService {
    pub(crate) handle: Handle,
}

impl ItemReceiptService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's item receipt service (drop-in): new Api\AppService\ItemReceipt\ItemReceiptData(new Api\Component\ApiConfig($config)); same methods as Exsited\ItemReceiptService.
#[php_class]
#[php(name = "Api\\AppService\\ItemReceipt\\ItemReceiptData")]
pub struct ItemReceiptData {
    pub(crate) handle: Handle,
}

impl ItemReceiptData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The labour operations of the Exsited API over an Exsited\Client: new Exsited\LabourService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\LabourService")]
pub struct LabourService {
    pub(crate) handle: Handle,
}

impl LabourService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's labour service (drop-in): new Api\AppService\Labour\LabourData(new Api\Component\ApiConfig($config)); same methods as Exsited\LabourService.
#[php_class]
#[php(name = "Api\\AppService\\Labour\\LabourData")]
pub struct LabourData {
    pub(crate) handle: Handle,
}

impl LabourData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The labour availability operations of the Exsited API over an Exsited\Client: new Exsited\LabourAvailabilityService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\LabourAvailabilityService")]
pub struct LabourAvailabilityService {
    pub(crate) handle: Handle,
}

impl LabourAvailabilityService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's labour availability service (drop-in): new Api\AppService\LabourAvailability\LabourAvailabilityData(new Api\Component\ApiConfig($config)); same methods as Exsited\LabourAvailabilityService.
#[php_class]
#[php(name = "Api\\AppService\\LabourAvailability\\LabourAvailabilityData")]
pub struct LabourAvailabilityData {
    pub(crate) handle: Handle,
}

impl LabourAvailabilityData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The labour profile operations of the Exsited API over an Exsited\Client: new Exsited\LabourProfileService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\LabourProfileService")]
pub struct LabourProfileService {
    pub(crate) handle: Handle,
}

impl LabourProfileService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's labour profile service (drop-in): new Api\AppService\LabourProfile\LabourProfileData(new Api\Component\ApiConfig($config)); same methods as Exsited\LabourProfileService.
#[php_class]
#[php(name = "Api\\AppService\\LabourProfile\\LabourProfileData")]
pub struct LabourProfileData {
    pub(crate) handle: Handle,
}

impl LabourProfileData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The milestone operations of the Exsited API over an Exsited\Client: new Exsited\MilestoneService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\MilestoneService")]
pub struct MilestoneService {
    pub(crate) handle: Handle,
}

impl MilestoneService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's milestone service (drop-in): new Api\AppService\Milestone\MilestoneData(new Api\Component\ApiConfig($config)); same methods as Exsited\MilestoneService.
#[php_class]
#[php(name = "Api\\AppService\\Milestone\\MilestoneData")]
pub struct MilestoneData {
    pub(crate) handle: Handle,
}

impl MilestoneData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The note group operations of the Exsited API over an Exsited\Client: new Exsited\NoteGroupService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\NoteGroupService")]
pub struct NoteGroupService {
    pub(crate) handle: Handle,
}

impl NoteGroupService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's note group service (drop-in): new Api\AppService\NoteGroup\NoteGroupData(new Api\Component\ApiConfig($config)); same methods as Exsited\NoteGroupService.
#[php_class]
#[php(name = "Api\\AppService\\NoteGroup\\NoteGroupData")]
pub struct NoteGroupData {
    pub(crate) handle: Handle,
}

impl NoteGroupData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The notes operations of the Exsited API over an Exsited\Client: new Exsited\NotesService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\NotesService")]
pub struct NotesService {
    pub(crate) handle: Handle,
}

impl NotesService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's notes service (drop-in): new Api\AppService\Notes\NotesData(new Api\Component\ApiConfig($config)); same methods as Exsited\NotesService.
#[php_class]
#[php(name = "Api\\AppService\\Notes\\NotesData")]
pub struct NotesData {
    pub(crate) handle: Handle,
}

impl NotesData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The order operations of the Exsited API over an Exsited\Client: new Exsited\OrderService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\OrderService")]
pub struct OrderService {
    pub(crate) handle: Handle,
}

impl OrderService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's order service (drop-in): new Api\AppService\Order\OrderData(new Api\Component\ApiConfig($config)); same methods as Exsited\OrderService.
#[php_class]
#[php(name = "Api\\AppService\\Order\\OrderData")]
pub struct OrderData {
    pub(crate) handle: Handle,
}

impl OrderData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The payment operations of the Exsited API over an Exsited\Client: new Exsited\PaymentService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\PaymentService")]
pub struct PaymentService {
    pub(crate) handle: Handle,
}

impl PaymentService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's payment service (drop-in): new Api\AppService\Payment\PaymentData(new Api\Component\ApiConfig($config)); same methods as Exsited\PaymentService.
#[php_class]
#[php(name = "Api\\AppService\\Payment\\PaymentData")]
pub struct PaymentData {
    pub(crate) handle: Handle,
}

impl PaymentData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The proforma invoices operations of the Exsited API over an Exsited\Client: new Exsited\ProformaInvoicesService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\ProformaInvoicesService")]
pub struct ProformaInvoicesService {
    pub(crate) handle: Handle,
}

impl ProformaInvoicesService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's proforma invoices service (drop-in): new Api\AppService\ProformaInvoices\ProformaInvoicesData(new Api\Component\ApiConfig($config)); same methods as Exsited\ProformaInvoicesService.
#[php_class]
#[php(name = "Api\\AppService\\ProformaInvoices\\ProformaInvoicesData")]
pub struct ProformaInvoicesData {
    pub(crate) handle: Handle,
}

impl ProformaInvoicesData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The purchase credit note operations of the Exsited API over an Exsited\Client: new Exsited\PurchaseCreditNoteService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\PurchaseCreditNoteService")]
pub struct PurchaseCreditNoteService {
    pub(crate) handle: Handle,
}

impl PurchaseCreditNoteService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's purchase credit note service (drop-in): new Api\AppService\PurchaseCreditNote\PurchaseCreditNoteData(new Api\Component\ApiConfig($config)); same methods as Exsited\PurchaseCreditNoteService.
#[php_class]
#[php(name = "Api\\AppService\\PurchaseCreditNote\\PurchaseCreditNoteData")]
pub struct PurchaseCreditNoteData {
    pub(crate) handle: Handle,
}

impl PurchaseCreditNoteData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The purchase invoice operations of the Exsited API over an Exsited\Client: new Exsited\PurchaseInvoiceService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\PurchaseInvoiceService")]
pub struct PurchaseInvoiceService {
    pub(crate) handle: Handle,
}

impl PurchaseInvoiceService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's purchase invoice service (drop-in): new Api\AppService\PurchaseInvoice\PurchaseInvoiceData(new Api\Component\ApiConfig($config)); same methods as Exsited\PurchaseInvoiceService.
#[php_class]
#[php(name = "Api\\AppService\\PurchaseInvoice\\PurchaseInvoiceData")]
pub struct PurchaseInvoiceData {
    pub(crate) handle: Handle,
}

impl PurchaseInvoiceData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The purchase order operations of the Exsited API over an Exsited\Client: new Exsited\PurchaseOrderService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\PurchaseOrderService")]
pub struct PurchaseOrderService {
    pub(crate) handle: Handle,
}

impl PurchaseOrderService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's purchase order service (drop-in): new Api\AppService\PurchaseOrder\PurchaseOrderData(new Api\Component\ApiConfig($config)); same methods as Exsited\PurchaseOrderService.
#[php_class]
#[php(name = "Api\\AppService\\PurchaseOrder\\PurchaseOrderData")]
pub struct PurchaseOrderData {
    pub(crate) handle: Handle,
}

impl PurchaseOrderData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The purchase payments operations of the Exsited API over an Exsited\Client: new Exsited\PurchasePaymentsService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\PurchasePaymentsService")]
pub struct PurchasePaymentsService {
    pub(crate) handle: Handle,
}

impl PurchasePaymentsService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's purchase payments service (drop-in): new Api\AppService\PurchasePayments\PurchasePaymentsData(new Api\Component\ApiConfig($config)); same methods as Exsited\PurchasePaymentsService.
#[php_class]
#[php(name = "Api\\AppService\\PurchasePayments\\PurchasePaymentsData")]
pub struct PurchasePaymentsData {
    pub(crate) handle: Handle,
}

impl PurchasePaymentsData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The purchase refund operations of the Exsited API over an Exsited\Client: new Exsited\PurchaseRefundService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\PurchaseRefundService")]
pub struct PurchaseRefundService {
    pub(crate) handle: Handle,
}

impl PurchaseRefundService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's purchase refund service (drop-in): new Api\AppService\PurchaseRefund\PurchaseRefundData(new Api\Component\ApiConfig($config)); same methods as Exsited\PurchaseRefundService.
#[php_class]
#[php(name = "Api\\AppService\\PurchaseRefund\\PurchaseRefundData")]
pub struct PurchaseRefundData {
    pub(crate) handle: Handle,
}

impl PurchaseRefundData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The refund operations of the Exsited API over an Exsited\Client: new Exsited\RefundService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\RefundService")]
pub struct RefundService {
    pub(crate) handle: Handle,
}

impl RefundService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's refund service (drop-in): new Api\AppService\Refund\RefundData(new Api\Component\ApiConfig($config)); same methods as Exsited\RefundService.
#[php_class]
#[php(name = "Api\\AppService\\Refund\\RefundData")]
pub struct RefundData {
    pub(crate) handle: Handle,
}

impl RefundData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The rental asset operations of the Exsited API over an Exsited\Client: new Exsited\RentalAssetService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\RentalAssetService")]
pub struct RentalAssetService {
    pub(crate) handle: Handle,
}

impl RentalAssetService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's rental asset service (drop-in): new Api\AppService\RentalAsset\RentalAssetData(new Api\Component\ApiConfig($config)); same methods as Exsited\RentalAssetService.
#[php_class]
#[php(name = "Api\\AppService\\RentalAsset\\RentalAssetData")]
pub struct RentalAssetData {
    pub(crate) handle: Handle,
}

impl RentalAssetData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The rental asset profiles operations of the Exsited API over an Exsited\Client: new Exsited\RentalAssetProfilesService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\RentalAssetProfilesService")]
pub struct RentalAssetProfilesService {
    pub(crate) handle: Handle,
}

impl RentalAssetProfilesService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's rental asset profiles service (drop-in): new Api\AppService\RentalAssetProfiles\RentalAssetProfilesData(new Api\Component\ApiConfig($config)); same methods as Exsited\RentalAssetProfilesService.
#[php_class]
#[php(name = "Api\\AppService\\RentalAssetProfiles\\RentalAssetProfilesData")]
pub struct RentalAssetProfilesData {
    pub(crate) handle: Handle,
}

impl RentalAssetProfilesData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The reports operations of the Exsited API over an Exsited\Client: new Exsited\ReportsService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\ReportsService")]
pub struct ReportsService {
    pub(crate) handle: Handle,
}

impl ReportsService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's reports service (drop-in): new Api\AppService\Reports\ReportsData(new Api\Component\ApiConfig($config)); same methods as Exsited\ReportsService.
#[php_class]
#[php(name = "Api\\AppService\\Reports\\ReportsData")]
pub struct ReportsData {
    pub(crate) handle: Handle,
}

impl ReportsData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The rma operations of the Exsited API over an Exsited\Client: new Exsited\RmaService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\RmaService")]
pub struct RmaService {
    pub(crate) handle: Handle,
}

impl RmaService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's rma service (drop-in): new Api\AppService\Rma\RmaData(new Api\Component\ApiConfig($config)); same methods as Exsited\RmaService.
#[php_class]
#[php(name = "Api\\AppService\\Rma\\RmaData")]
pub struct RmaData {
    pub(crate) handle: Handle,
}

impl RmaData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The setting operations of the Exsited API over an Exsited\Client: new Exsited\SettingService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\SettingService")]
pub struct SettingService {
    pub(crate) handle: Handle,
}

impl SettingService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's setting service (drop-in): new Api\AppService\Setting\SettingData(new Api\Component\ApiConfig($config)); same methods as Exsited\SettingService.
#[php_class]
#[php(name = "Api\\AppService\\Setting\\SettingData")]
pub struct SettingData {
    pub(crate) handle: Handle,
}

impl SettingData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The settings operations of the Exsited API over an Exsited\Client: new Exsited\SettingsService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\SettingsService")]
pub struct SettingsService {
    pub(crate) handle: Handle,
}

impl SettingsService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's settings service (drop-in): new Api\AppService\Settings\SettingsData(new Api\Component\ApiConfig($config)); same methods as Exsited\SettingsService.
#[php_class]
#[php(name = "Api\\AppService\\Settings\\SettingsData")]
pub struct SettingsData {
    pub(crate) handle: Handle,
}

impl SettingsData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The task operations of the Exsited API over an Exsited\Client: new Exsited\TaskService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\TaskService")]
pub struct TaskService {
    pub(crate) handle: Handle,
}

impl TaskService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's task service (drop-in): new Api\AppService\Task\TaskData(new Api\Component\ApiConfig($config)); same methods as Exsited\TaskService.
#[php_class]
#[php(name = "Api\\AppService\\Task\\TaskData")]
pub struct TaskData {
    pub(crate) handle: Handle,
}

impl TaskData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The timesheet operations of the Exsited API over an Exsited\Client: new Exsited\TimesheetService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\TimesheetService")]
pub struct TimesheetService {
    pub(crate) handle: Handle,
}

impl TimesheetService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's timesheet service (drop-in): new Api\AppService\Timesheet\TimesheetData(new Api\Component\ApiConfig($config)); same methods as Exsited\TimesheetService.
#[php_class]
#[php(name = "Api\\AppService\\Timesheet\\TimesheetData")]
pub struct TimesheetData {
    pub(crate) handle: Handle,
}

impl TimesheetData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The usages operations of the Exsited API over an Exsited\Client: new Exsited\UsagesService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\UsagesService")]
pub struct UsagesService {
    pub(crate) handle: Handle,
}

impl UsagesService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's usages service (drop-in): new Api\AppService\Usages\UsagesData(new Api\Component\ApiConfig($config)); same methods as Exsited\UsagesService.
#[php_class]
#[php(name = "Api\\AppService\\Usages\\UsagesData")]
pub struct UsagesData {
    pub(crate) handle: Handle,
}

impl UsagesData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The user settings operations of the Exsited API over an Exsited\Client: new Exsited\UserSettingsService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\UserSettingsService")]
pub struct UserSettingsService {
    pub(crate) handle: Handle,
}

impl UserSettingsService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's user settings service (drop-in): new Api\AppService\UserSettings\UserSettingsData(new Api\Component\ApiConfig($config)); same methods as Exsited\UserSettingsService.
#[php_class]
#[php(name = "Api\\AppService\\UserSettings\\UserSettingsData")]
pub struct UserSettingsData {
    pub(crate) handle: Handle,
}

impl UserSettingsData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// The workflow operations of the Exsited API over an Exsited\Client: new Exsited\WorkflowService($client); answers are stdClass objects (arrays with assoc).
#[php_class]
#[php(name = "Exsited\\WorkflowService")]
pub struct WorkflowService {
    pub(crate) handle: Handle,
}

impl WorkflowService {
    pub(crate) fn construct(client: &Client) -> PhpResult<Self> {
        Ok(Self { handle: client.handle.clone() })
    }
}

/// The documented PHP SDK's workflow service (drop-in): new Api\AppService\Workflow\WorkflowData(new Api\Component\ApiConfig($config)); same methods as Exsited\WorkflowService.
#[php_class]
#[php(name = "Api\\AppService\\Workflow\\WorkflowData")]
pub struct WorkflowData {
    pub(crate) handle: Handle,
}

impl WorkflowData {
    pub(crate) fn construct(config: &ApiConfig) -> PhpResult<Self> {
        Ok(Self { handle: config.connect()? })
    }
}

/// Registers the classes above with the module.
pub fn register(module: ModuleBuilder) -> ModuleBuilder {
    module
        .class::<AccountingCodesService>()
        .class::<AccountingCodesData>()
        .class::<AlertService>()
        .class::<AlertData>()
        .class::<ApiActionScriptService>()
        .class::<ApiActionScriptData>()
        .class::<ApprovalService>()
        .class::<ApprovalData>()
        .class::<BookingService>()
        .class::<BookingData>()
        .class::<CommunicationService>()
        .class::<CommunicationData>()
        .class::<CreditNoteService>()
        .class::<CreditNoteData>()
        .class::<CustomAttributeService>()
        .class::<CustomAttributeData>()
        .class::<CustomComponentService>()
        .class::<CustomComponentData>()
        .class::<CustomFeatureService>()
        .class::<CustomFeatureData>()
        .class::<EmployeeService>()
        .class::<EmployeeData>()
        .class::<EventService>()
        .class::<EventData>()
        .class::<ExternalDatabaseService>()
        .class::<ExternalDatabaseData>()
        .class::<GiftService>()
        .class::<GiftData>()
        .class::<IntegrationService>()
        .class::<IntegrationData>()
        .class::<InventoryAdjustmentsService>()
        .class::<InventoryAdjustmentsData>()
        .class::<InvoiceService>()
        .class::<InvoiceData>()
        .class::<ItemService>()
        .class::<ItemData>()
        .class::<ItemFulfillmentService>()
        .class::<ItemFulfillmentData>()
        .class::<ItemReceiptService>()
        .class::<ItemReceiptData>()
        .class::<LabourService>()
        .class::<LabourData>()
        .class::<LabourAvailabilityService>()
        .class::<LabourAvailabilityData>()
        .class::<LabourProfileService>()
        .class::<LabourProfileData>()
        .class::<MilestoneService>()
        .class::<MilestoneData>()
        .class::<NoteGroupService>()
        .class::<NoteGroupData>()
        .class::<NotesService>()
        .class::<NotesData>()
        .class::<OrderService>()
        .class::<OrderData>()
        .class::<PaymentService>()
        .class::<PaymentData>()
        .class::<ProformaInvoicesService>()
        .class::<ProformaInvoicesData>()
        .class::<PurchaseCreditNoteService>()
        .class::<PurchaseCreditNoteData>()
        .class::<PurchaseInvoiceService>()
        .class::<PurchaseInvoiceData>()
        .class::<PurchaseOrderService>()
        .class::<PurchaseOrderData>()
        .class::<PurchasePaymentsService>()
        .class::<PurchasePaymentsData>()
        .class::<PurchaseRefundService>()
        .class::<PurchaseRefundData>()
        .class::<RefundService>()
        .class::<RefundData>()
        .class::<RentalAssetService>()
        .class::<RentalAssetData>()
        .class::<RentalAssetProfilesService>()
        .class::<RentalAssetProfilesData>()
        .class::<ReportsService>()
        .class::<ReportsData>()
        .class::<RmaService>()
        .class::<RmaData>()
        .class::<SettingService>()
        .class::<SettingData>()
        .class::<SettingsService>()
        .class::<SettingsData>()
        .class::<TaskService>()
        .class::<TaskData>()
        .class::<TimesheetService>()
        .class::<TimesheetData>()
        .class::<UsagesService>()
        .class::<UsagesData>()
        .class::<UserSettingsService>()
        .class::<UserSettingsData>()
        .class::<WorkflowService>()
        .class::<WorkflowData>()
}
