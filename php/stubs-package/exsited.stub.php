<?php

// Stubs for the exsited extension 0.1.0.
// Generated from the loaded extension by php/tools/gen-stub.php; do not edit by hand.

namespace Api\ApiHelper {
    class SdkVersionManager
    {
        public function __construct() {}
        public static function getApiVersion(): string {}
        public static function setApiVersion(mixed $apiVersion): void {}
        public static function getAllowedVersions(): array {}
    }
}

namespace Api\ApiHelper\Config {
    /** Reads token.json and sdk-config.json (constructor dir, then EXSITED_CONFIG_DIR, then the working directory). */
    class ConfigManager
    {
        public function __construct(?string $configDir = NULL) {}
        public function getConfig(int $index = 0): mixed {}
        public function getConfigWithCredentials(#[\SensitiveParameter] array $credentials): mixed {}
        public function getConfigDir(): string {}
    }
}

namespace Api\AppService {
    /** Base of every exception the extension throws. */
    class AutoBillApiException extends \Exception
    {
    }
}

namespace Api\AppService\Account {
    /** The documented SDK's account service; same methods as Exsited\AccountService. */
    class AccountData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * One page of accounts.
         * GET /api/{version}/accounts
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Every account, fetched lazily page by page. `$options`: limit (page size), offset, order_by, direction, apiVersion.
         * GET /api/{version}/accounts
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * GET /api/{version}/accounts/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/information
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsInformation(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * PATCH /api/{version}/accounts/{id}/information
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/cancel
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function cancel(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/reactivate
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reactivate(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/purge
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function purge(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/contacts
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readContactDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param string|int $id
         * @param string|int $contactType
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readContactTypeDetails(mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        /**
         * PUT /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|int $contactType
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeContactTypeDetails(mixed $params, mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        /**
         * PATCH /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|int $contactType
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateContactTypeDetails(mixed $params, mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param string|int $id
         * @param string|int $contactType
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteContactTypeDetails(mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/addresses
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAddresses(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/addresses/{uuid}
         * @param string|int $id
         * @param string|int $addressUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAddressDetails(mixed $id, mixed $addressUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * `$params = ['addresses' => [...]]`.
         * POST /api/{version}/accounts/{id}/addresses
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createAddresses(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * `$params = ['address' => [...]]`.
         * PATCH /api/{version}/accounts/{id}/addresses/{uuid}
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param string|int $addressUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeAddresses(mixed $id, mixed $params, mixed $addressUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/addresses/{uuid}
         * @param string|int $id
         * @param string|int $addressUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteAddress(mixed $id, mixed $addressUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/payment-methods
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentMethod(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/payment-methods/{reference}
         * @param string|int $id
         * @param string|int $ref
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsPaymentMethod(mixed $id, mixed $ref, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/payment-methods
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPaymentMethod(#[\SensitiveParameter] mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * For a card; same envelope as createPaymentMethod.
         * POST /api/{version}/accounts/{id}/payment-methods
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createCardPaymentMethod(#[\SensitiveParameter] mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * PATCH /api/{version}/accounts/{id}/payment-methods/{reference}
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|int $reference
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updatesPaymentMethodAllData(#[\SensitiveParameter] mixed $params, mixed $id, mixed $reference, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/payment-methods/{reference}
         * @param string|int $id
         * @param string|int $ref
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deletePaymentMethod(mixed $id, mixed $ref, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/billing-preferences
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readBillingPreference(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * PUT /api/{version}/accounts/{id}/billing-preferences
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateBillingPreference(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllNotes(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Every note of an account, fetched lazily page by page (same `$options` as iterateAll).
         * GET /api/{version}/accounts/{id}/notes
         * @param string|int $id
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllNotes(mixed $id, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}
         * @param string|int $id
         * @param string|int $noteUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readNoteDetails(mixed $id, mixed $noteUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addNote(mixed $filePath, mixed $note, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/notes/{uuid}
         * @param string|int $id
         * @param string|int $UUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteNote(mixed $id, mixed $UUID, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}/files
         * @param string|int $id
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readNoteFiles(mixed $id, mixed $uuid, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $id
         * @param string|int $noteUUID
         * @param string|int $fileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readNoteFileDetails(mixed $id, mixed $noteUUID, mixed $fileUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/notes/{uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $id
         * @param string|int $noteUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addNoteFiles(mixed $filePath, mixed $id, mixed $noteUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $id
         * @param string|int $noteUUID
         * @param string|int $fileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteNoteFile(mixed $id, mixed $noteUUID, mixed $fileUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/image
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getImage(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/image
         * @param string|string[]|null $filePath
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addImage(mixed $filePath, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/image
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteImage(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/financial-summary
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readFinancialSummary(?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/financial-summary
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountFinancialSummary(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/orders/unlinked
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readUnlinkedOrders(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/orders/linked
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readLinkedOrders(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/custom_objects
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomObject(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/custom_objects/{uuid}
         * @param string|int $id
         * @param string|int $customObjectUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomObjectDetails(mixed $id, mixed $customObjectUUID, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\AccountingCodes {
    /** The documented PHP SDK's accounting codes service (drop-in): new Api\AppService\AccountingCodes\AccountingCodesData(new Api\Component\ApiConfig($config)); same methods as Exsited\AccountingCodesService. */
    class AccountingCodesData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the accounting codes, one page at a time.
         * GET /api/{version}/accounting-codes
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads an accounting code.
         * GET /api/{version}/accounting-codes/{uuid}
         * @param string|int $accountingCodeUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $accountingCodeUUID, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Alert {
    /** The documented PHP SDK's alert service (drop-in): new Api\AppService\Alert\AlertData(new Api\Component\ApiConfig($config)); same methods as Exsited\AlertService. */
    class AlertData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the alert, one page at a time.
         * GET /api/{version}/alert
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(mixed $queryParams = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of an account in the alert, one page at a time.
         * GET /api/{version}/alert/account/{account_id}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $accountId
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readByAccount(mixed $accountId, mixed $queryParams = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of a labour in the alert, one page at a time.
         * GET /api/{version}/alert/labour/{labour_id}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $labourId
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readByLabour(mixed $labourId, mixed $queryParams = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of an employee in the alert, one page at a time.
         * GET /api/{version}/alert/employee/{employee_id}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $employeeId
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readByEmployee(mixed $employeeId, mixed $queryParams = NULL, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\ApiActionScript {
    /** The documented PHP SDK's api action script service (drop-in): new Api\AppService\ApiActionScript\ApiActionScriptData(new Api\Component\ApiConfig($config)); same methods as Exsited\ApiActionScriptService. */
    class ApiActionScriptData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Updates the API action script.
         * PATCH /api/{version}/api-action-script
         * @param string|int|null $scriptUUID
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function execute(mixed $scriptUUID, mixed $payload, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Approval {
    /** The documented PHP SDK's approval service (drop-in): new Api\AppService\Approval\ApprovalData(new Api\Component\ApiConfig($config)); same methods as Exsited\ApprovalService. */
    class ApprovalData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the sale order in the approvals, one page at a time.
         * GET /api/{version}/approvals/saleOrder
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getSaleOrderApprovals(mixed $queryParams = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the timesheet in the approvals, one page at a time.
         * GET /api/{version}/approvals/timesheet
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getTimesheetApprovals(mixed $queryParams = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of an account in the approvals, one page at a time.
         * GET /api/{version}/approvals/account/{account_uuid}
         * @param string|int $accountUuid
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getAccountApprovals(mixed $accountUuid, mixed $queryParams = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Approves the approvals.
         * POST /api/{version}/approvals/approve
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function approve(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Rejects the approvals.
         * POST /api/{version}/approvals/reject
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reject(mixed $params, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Booking {
    /** The documented PHP SDK's booking service (drop-in): new Api\AppService\Booking\BookingData(new Api\Component\ApiConfig($config)); same methods as Exsited\BookingService. */
    class BookingData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Books the booking.
         * POST /api/{version}/booking
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $payload, ?string $apiVersion = NULL): mixed {}
        /**
         * Changes a booking.
         * POST /api/{version}/booking/{order_id}/change
         * @param string|int $orderId
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeBooking(mixed $orderId, mixed $payload, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Communication {
    /** The documented PHP SDK's communication service (drop-in): new Api\AppService\Communication\CommunicationData(new Api\Component\ApiConfig($config)); same methods as Exsited\CommunicationService. */
    class CommunicationData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * GET /api/{version}/accounts/{id}/communications/emails
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountEmails(mixed $accountId, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/communications/emails/{uuid}
         * @param string|int $accountId
         * @param string|int $emailId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountEmailDetails(mixed $accountId, mixed $emailId, ?string $apiVersion = NULL): mixed {}
        /**
         * Sends the email in the communications.
         * POST /api/{version}/communications/send-email
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function sendEmail(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * POST accounts/{accountId}/communications/emails (the documented PHP SDK's CommunicationData::sendAccountEmail).
         * POST /api/{version}/accounts/{accountId}/communications/emails
         * @param string|int $accountId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function sendAccountEmail(mixed $accountId, mixed $params, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\CreditNote {
    /** The documented PHP SDK's credit note service (drop-in): new Api\AppService\CreditNote\CreditNoteData(new Api\Component\ApiConfig($config)); same methods as Exsited\CreditNoteService. */
    class CreditNoteData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the credit notes, one page at a time.
         * GET /api/{version}/credit-notes
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllCreditNotes(mixed $apiVersion, mixed $queryParams): mixed {}
        /**
         * Reads a credit note.
         * GET /api/{version}/credit-notes/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function read(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the credit note applications.
         * GET /api/{version}/credit-note-applications
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllCreditNoteApplications(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a credit note application.
         * GET /api/{version}/credit-note-applications/{uuid}
         * @param string|int $creditNoteApplicationsUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCreditNoteApplicationsDetails(mixed $creditNoteApplicationsUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the credit note applications of an invoice.
         * GET /api/{version}/invoices/{id}/credit-note-applications
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceCreditNoteApplications(mixed $invoiceId, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\CustomAttribute {
    /** The documented PHP SDK's custom attribute service (drop-in): new Api\AppService\CustomAttribute\CustomAttributeData(new Api\Component\ApiConfig($config)); same methods as Exsited\CustomAttributeService. */
    class CustomAttributeData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Reads the custom attributes.
         * GET /api/{version}/custom-attributes
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function listAll(?string $apiVersion = NULL): mixed {}
        /**
         * Reads a custom attribute.
         * GET /api/{version}/custom-attributes/{ca_uuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $customAttributeUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function details(mixed $customAttributeUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates a custom attribute.
         * POST /api/{version}/custom-attributes
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a custom attribute.
         * PATCH /api/{version}/custom-attributes/{ca_uuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $customAttributeUUID
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $customAttributeUUID, mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a custom attribute.
         * DELETE /api/{version}/custom-attributes/{ca_uuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $customAttributeUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $customAttributeUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
         * POST /api/{version}/{path*}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $path
         * @param 'get'|'post'|'put'|'patch'|'delete' $requestMethod
         * @param array<string, mixed>|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function customRequest(mixed $path, mixed $requestMethod, mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\CustomComponent {
    /** The documented PHP SDK's custom component service (drop-in): new Api\AppService\CustomComponent\CustomComponentData(new Api\Component\ApiConfig($config)); same methods as Exsited\CustomComponentService. */
    class CustomComponentData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the records of a component, one page at a time.
         * GET /api/{version}/component/{uuid}
         * @param string|int $componentUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(mixed $componentUuid, ?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Sends a component.
         * POST /api/{version}/component/{uuid}
         * @param string|int $componentUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $componentUuid, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Sends a component.
         * POST /api/{version}/component/{uuid}
         * @param string|int $componentUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createWithAttributeGroup(mixed $componentUuid, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of a component, one page at a time.
         * GET /api/{version}/component/{uuid}/{id}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllDetails(mixed $componentUuid, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Downloads the PDF of a component.
         * GET /api/{version}/component/{uuid}/{id}/pdf
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getComponentPdf(mixed $componentUuid, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of a component of an account, one page at a time.
         * GET /api/{version}/accounts/{account_id}/component/{component_uuid}
         * @param string|int $componentUuid
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountAllComponent(mixed $componentUuid, mixed $accountId, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of a component of an account, one page at a time.
         * GET /api/{version}/accounts/{account_id}/component/{component_uuid}/{component_id}
         * @param string|int $componentUuid
         * @param string|int $accountId
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountComponent(mixed $componentUuid, mixed $accountId, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a component.
         * PATCH /api/{version}/component/{uuid}/{id}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function change(mixed $componentUuid, mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Changes the status of a component.
         * POST /api/{version}/component/{component_uuid}/{order_id}/change_status
         * @param string|int $componentUuid
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeComponentStatus(mixed $componentUuid, mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the activity of a component, one page at a time.
         * GET /api/{version}/component/{component_uuid}/{order_id}/activity
         * @param string|int $componentUuid
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readComponentActivities(mixed $componentUuid, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates the activity of a component.
         * POST /api/{version}/component/{component_uuid}/{order_id}/activity
         * @param string|int $componentUuid
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createComponentActivity(mixed $componentUuid, mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of an activity of a component, one page at a time.
         * GET /api/{version}/component/{component_uuid}/{order_id}/activity/{activity_uuid}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param string|int $activityUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readComponentActivityDetails(mixed $componentUuid, mixed $id, mixed $activityUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a component.
         * DELETE /api/{version}/component/{uuid}/{id}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $componentUuid, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the express of a component.
         * PATCH /api/{version}/component/{uuid}/{id}/express
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateExpress(mixed $componentUuid, mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes the custom objects of a component.
         * DELETE /api/{version}/component/{uuid}/{id}/custom_objects
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteCustomObjects(mixed $componentUuid, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Links the domains of a component.
         * POST /api/{version}/component/{uuid}/link_domains
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function linkDomains(mixed $componentUuid, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the link domains of a component.
         * PATCH /api/{version}/component/{uuid}/link_domains
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $componentUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateLinkDomains(mixed $componentUuid, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Unlinks the domains of a component.
         * POST /api/{version}/component/{uuid}/unlink_domains
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $componentUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function unlinkDomains(mixed $componentUuid, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the notes of a component, one page at a time.
         * GET /api/{version}/component/{uuid}/{id}/notes
         * @param string|int $componentUuid
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllComponentNotes(mixed $componentUuid, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of a note of a component, one page at a time.
         * GET /api/{version}/component/{uuid}/{id}/notes/{note_uuid}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readComponentNoteDetails(mixed $componentUuid, mixed $id, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a note of a component.
         * DELETE /api/{version}/component/{uuid}/{id}/notes/{note_uuid}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteComponentNote(mixed $componentUuid, mixed $id, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the files of a note of a component, one page at a time.
         * GET /api/{version}/component/{uuid}/{id}/notes/{note_uuid}/files
         * @param string|int $componentUuid
         * @param string|int $id
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readComponentNoteFiles(mixed $componentUuid, mixed $id, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of a file of a note of a component, one page at a time.
         * GET /api/{version}/component/{uuid}/{id}/notes/{note_uuid}/files/{file_uuid}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readComponentNoteFileDetails(mixed $componentUuid, mixed $id, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * POST component/{componentUuid}/{id}/notes (the documented PHP SDK's CustomComponentData::addComponentNote).
         * POST /api/{version}/component/{componentUuid}/{id}/notes
         * @param string|int $componentUuid
         * @param string|int $id
         * @param string|null $note
         * @param string|string[]|null $filePath
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addComponentNote(mixed $componentUuid, mixed $id, mixed $note, mixed $filePath = NULL, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\CustomFeature {
    /** The documented PHP SDK's custom feature service (drop-in): new Api\AppService\CustomFeature\CustomFeatureData(new Api\Component\ApiConfig($config)); same methods as Exsited\CustomFeatureService. */
    class CustomFeatureData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the custom feature, one page at a time.
         * GET /api/{version}/custom-feature
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a custom feature.
         * GET /api/{version}/custom-feature/{uuid}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates a custom feature.
         * POST /api/{version}/custom-feature
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a custom feature.
         * PATCH /api/{version}/custom-feature/{uuid}
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a custom feature.
         * DELETE /api/{version}/custom-feature/{uuid}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates the custom form of a custom feature.
         * POST /api/{version}/custom-feature/{uuid}/custom-form
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createCustomForm(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Employee {
    /** The documented PHP SDK's employee service (drop-in): new Api\AppService\Employee\EmployeeData(new Api\Component\ApiConfig($config)); same methods as Exsited\EmployeeService. */
    class EmployeeData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Creates an employee.
         * POST /api/{version}/employees
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createEmployee(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the employees, one page at a time.
         * GET /api/{version}/employees
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllEmployee(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads an employee.
         * GET /api/{version}/employees/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsEmployee(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates an employee.
         * PATCH /api/{version}/employees/{id}
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateEmployee(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes an employee.
         * DELETE /api/{version}/employees/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteEmployee(mixed $id, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Event {
    /** The documented PHP SDK's event service (drop-in): new Api\AppService\Event\EventData(new Api\Component\ApiConfig($config)); same methods as Exsited\EventService. */
    class EventData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the events, one page at a time.
         * GET /api/{version}/events
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads an event.
         * GET /api/{version}/events/{uuid}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Removes an event.
         * POST /api/{version}/events/{uuid}/remove
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function remove(mixed $uuId, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\ExternalDatabase {
    /** The documented PHP SDK's external database service (drop-in): new Api\AppService\ExternalDatabase\ExternalDatabaseData(new Api\Component\ApiConfig($config)); same methods as Exsited\ExternalDatabaseService. */
    class ExternalDatabaseData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the external database, one page at a time.
         * GET /api/{version}/external-database
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads an external database.
         * GET /api/{version}/external-database/{db_name}
         * @param string|int $database_name
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $database_name, ?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Lists the records of a table of an external database, one page at a time.
         * GET /api/{version}/external-database/{db_name}/table/{table_name}
         * @param string|int $database_name
         * @param string|int $table_name
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readTable(mixed $database_name, mixed $table_name, ?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Searches an external database.
         * POST /api/{version}/external-database/{database_name}/search
         * @param string|int $database_name
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function search(mixed $database_name, mixed $params, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Gift {
    /** The documented PHP SDK's gift service (drop-in): new Api\AppService\Gift\GiftData(new Api\Component\ApiConfig($config)); same methods as Exsited\GiftService. */
    class GiftData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the gift certificates, one page at a time.
         * GET /api/{version}/gift_certificates
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a gift certificate.
         * GET /api/{version}/gift_certificates/{id}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the allocations of a gift certificate, one page at a time.
         * GET /api/{version}/gift_certificates/{id}/allocations
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllocations(mixed $uuId, ?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Lists the transactions of a gift certificate, one page at a time.
         * GET /api/{version}/gift_certificates/{id}/transactions
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readTransactions(mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Disables a gift certificate.
         * POST /api/{version}/gift_certificates/{id}/disable
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function disable(mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Enables a gift certificate.
         * POST /api/{version}/gift_certificates/{id}/enable
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function enable(mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Allocates a gift certificate.
         * POST /api/{version}/gift_certificates/{id}/allocate
         * @param array<string, mixed>|object $params
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function allocate(mixed $params, mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Deallocates a gift certificate.
         * POST /api/{version}/gift_certificates/{id}/deallocate
         * @param array<string, mixed>|object $params
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deallocate(mixed $params, mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a gift certificate.
         * DELETE /api/{version}/gift_certificates/{id}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Amends a gift certificate.
         * POST /api/{version}/gift_certificates/{id}/amend
         * @param array<string, mixed>|object $params
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function amend(mixed $params, mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates a gift certificate.
         * POST /api/{version}/gift_certificates
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a gift certificate.
         * PATCH /api/{version}/gift_certificates/{id}
         * @param array<string, mixed>|object $params
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function change(mixed $params, mixed $uuId, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Integration {
    /** The documented PHP SDK's integration service (drop-in): new Api\AppService\Integration\IntegrationData(new Api\Component\ApiConfig($config)); same methods as Exsited\IntegrationService. */
    class IntegrationData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Reads the integration connections.
         * GET /api/{version}/integration-connections
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads the automation of an integration.
         * GET /api/{version}/integration/{integration_uuid}/automation
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAutomation(mixed $integrationUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the configuration of an integration.
         * GET /api/{version}/integration/{integration_uuid}/configuration
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readIntegrationConfiguration(mixed $integrationUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the partner function of an integration.
         * GET /api/{version}/integration/{integration_uuid}/partner-function
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPartner(mixed $integrationUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads an automation of an integration.
         * GET /api/{version}/integration/{integration_uuid}/automation/{automation_uuid}
         * @param string|int $integrationUuid
         * @param string|int $automationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAutomationDetails(mixed $integrationUuid, mixed $automationUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a partner function of an integration.
         * GET /api/{version}/integration/{integration_uuid}/partner-function/{partner_function_uuid}
         * @param string|int $integrationUuid
         * @param string|int $partnerUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPartnerDetails(mixed $integrationUuid, mixed $partnerUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes an integration.
         * DELETE /api/{version}/integration/{connection_uuid}
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $uuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates an integration.
         * POST /api/{version}/integration
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Enables an integration.
         * POST /api/{version}/integration/{connection_uuid}/enable
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function enable(mixed $uuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Disables an integration.
         * POST /api/{version}/integration/{connection_uuid}/disable
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function disable(mixed $uuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads an integration connection.
         * GET /api/{version}/integration-connections/{connection_uuid}
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function read(mixed $uuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates the automation of an integration.
         * POST /api/{version}/integration/{connection_uuid}/automation
         * @param string|int $integrationUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addAutomation(mixed $integrationUuid, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates the partner function of an integration.
         * POST /api/{version}/integration/{connection_uuid}/partner-function
         * @param string|int $integrationUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPartnerFunction(mixed $integrationUuid, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Enables a partner function of an integration.
         * POST /api/{version}/integration/{connection_uuid}/partner-function/{partner_function_uuid}/enable
         * @param string|int $integrationUuid
         * @param string|int $partnerFunctionUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function partnerFunctionEnable(mixed $integrationUuid, mixed $partnerFunctionUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Disables a partner function of an integration.
         * POST /api/{version}/integration/{connection_uuid}/partner-function/{partner_function_uuid}/disable
         * @param string|int $integrationUuid
         * @param string|int $partnerFunctionUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function partnerFunctionDisable(mixed $integrationUuid, mixed $partnerFunctionUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a partner function of an integration.
         * PATCH /api/{version}/integration/{connection_uuid}/partner-function/{partner_function_uuid}
         * @param string|int $integrationUuid
         * @param string|int $partnerUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updatePartnerDetails(mixed $integrationUuid, mixed $partnerUuid, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates an automation of an integration.
         * PATCH /api/{version}/integration/{connection_uuid}/automation/{automation_uuid}
         * @param string|int $integrationUuid
         * @param string|int $automationUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateAutomation(mixed $integrationUuid, mixed $automationUuid, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the configuration of an integration.
         * PATCH /api/{version}/integration/{connection_uuid}/configuration
         * @param string|int $uuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateConfiguration(mixed $uuid, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Unlinks the items of an integration.
         * POST /api/{version}/integration/{connection_uuid}/unlink-items
         * @param string|int $integrationUuid
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function unlinkItems(mixed $integrationUuid, mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Links the items of an integration.
         * POST /api/{version}/integration/{connection_uuid}/link-items
         * @param string|int $integrationUuid
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function linkItems(mixed $integrationUuid, mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Saves the connection of an integration.
         * POST /api/{version}/integration/{connection_uuid}/save-connection
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createSaveConnection(mixed $integrationUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Syncs the currencies of an integration.
         * POST /api/{version}/integration/{connection_uuid}/sync-currencies
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function syncCurrencies(mixed $integrationUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Syncs the accounting codes of an integration.
         * POST /api/{version}/integration/{connection_uuid}/sync-accounting-codes
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function syncAccountingCodes(mixed $integrationUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Syncs the taxes of an integration.
         * POST /api/{version}/integration/{connection_uuid}/sync-taxes
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function syncTaxes(mixed $integrationUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE integration/{integrationUuid}/partner-function/{partnerUuid} (the documented PHP SDK's IntegrationData::deletePartnerDetails).
         * DELETE /api/{version}/integration/{integrationUuid}/partner-function/{partnerUuid}
         * @param string|int $integrationUuid
         * @param string|int $partnerUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deletePartnerDetails(mixed $integrationUuid, mixed $partnerUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * POST integration/{integrationUuid}/check-connection (the documented PHP SDK's IntegrationData::checkConnection).
         * POST /api/{version}/integration/{integrationUuid}/check-connection
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function checkConnection(mixed $integrationUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * POST integration/{integrationUuid}/automation/{automationUuid}/disable (the documented PHP SDK's IntegrationData::automationDisable).
         * POST /api/{version}/integration/{integrationUuid}/automation/{automationUuid}/disable
         * @param string|int $integrationUuid
         * @param string|int $automationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function automationDisable(mixed $integrationUuid, mixed $automationUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * POST integration/{integrationUuid}/automation/{automationUuid}/enable (the documented PHP SDK's IntegrationData::automationEnable).
         * POST /api/{version}/integration/{integrationUuid}/automation/{automationUuid}/enable
         * @param string|int $integrationUuid
         * @param string|int $automationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function automationEnable(mixed $integrationUuid, mixed $automationUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE integration/automation/{automationUuid} (the documented PHP SDK's IntegrationData::deleteAutomation).
         * DELETE /api/{version}/integration/automation/{automationUuid}
         * @param string|int $automationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteAutomation(mixed $automationUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * GET integration/{integrationUuid}/currency (the documented PHP SDK's IntegrationData::getIntegrationCurrencies).
         * GET /api/{version}/integration/{integrationUuid}/currency
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getIntegrationCurrencies(mixed $integrationUuid, ?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * POST integration/{integrationUuid}/currency/{currencyName}/disable (the documented PHP SDK's IntegrationData::disableIntegrationCurrency).
         * POST /api/{version}/integration/{integrationUuid}/currency/{currencyName}/disable
         * @param string|int $integrationUuid
         * @param string|int $currencyName
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function disableIntegrationCurrency(mixed $integrationUuid, mixed $currencyName, ?string $apiVersion = NULL): mixed {}
        /**
         * POST integration/{integrationUuid}/currency/{currencyName}/enable (the documented PHP SDK's IntegrationData::enableIntegrationCurrency).
         * POST /api/{version}/integration/{integrationUuid}/currency/{currencyName}/enable
         * @param string|int $integrationUuid
         * @param string|int $currencyName
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function enableIntegrationCurrency(mixed $integrationUuid, mixed $currencyName, ?string $apiVersion = NULL): mixed {}
        /**
         * GET integration/{integrationUuid}/get-connection-account (the documented PHP SDK's IntegrationData::readConnectionAccount).
         * GET /api/{version}/integration/{integrationUuid}/get-connection-account
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readConnectionAccount(mixed $integrationUuid, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\InventoryAdjustments {
    /** The documented PHP SDK's inventory adjustments service (drop-in): new Api\AppService\InventoryAdjustments\InventoryAdjustmentsData(new Api\Component\ApiConfig($config)); same methods as Exsited\InventoryAdjustmentsService. */
    class InventoryAdjustmentsData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the inventory adjustments, one page at a time.
         * GET /api/{version}/inventory-adjustments
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllInventoryAdjustments(mixed $apiVersion, mixed $queryParams): mixed {}
    }
}

namespace Api\AppService\Invoice {
    /** The documented PHP SDK's invoice service (drop-in): new Api\AppService\Invoice\InvoiceData(new Api\Component\ApiConfig($config)); same methods as Exsited\InvoiceService. */
    class InvoiceData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Adds an invoice to an order.
         * POST /api/{version}/orders/{id}/invoices
         * @param array<string, mixed>|object $params
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createOrderInvoice(mixed $params, mixed $orderId, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the invoices, one page at a time.
         * GET /api/{version}/invoices
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readALl(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads an invoice.
         * GET /api/{version}/invoices/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the information of an invoice.
         * GET /api/{version}/invoices/{id}/information
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsInformation(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes an invoice.
         * DELETE /api/{version}/invoices/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the invoices of an account.
         * GET /api/{version}/accounts/{accountId}/invoices
         * @param string|int $accountID
         * @param mixed $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountInvoices(mixed $accountID, mixed $params = NULL, ?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads the invoices of an order.
         * GET /api/{version}/orders/{order_id}/invoices
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderInvoice(mixed $orderId, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates an invoice.
         * POST /api/{version}/invoices
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createInvoice(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Amends an invoice.
         * POST /api/{version}/invoices/{id}/amend
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createAmend(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Downloads the PDF of an invoice.
         * GET /api/{version}/invoices/{id}/pdf
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPdf(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Downloads the PDF of an invoice.
         * GET /api/{version}/invoices/{id}/pdf
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param 'binary'|'hex'|'base64' $format
         * @return string the PDF: its bytes, or them in hex or base64 as $format says
         * @throws \Api\AppService\AutoBillApiException
         */
        public function invoicePdf(mixed $id, ?string $apiVersion = NULL, mixed $format = NULL): mixed {}
    }
}

namespace Api\AppService\Item {
    /** The documented PHP SDK's item service (drop-in): new Api\AppService\Item\ItemData(new Api\Component\ApiConfig($config)); same methods as Exsited\ItemService. */
    class ItemData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the items, one page at a time.
         * GET /api/{version}/items
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads an item.
         * GET /api/{version}/items/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the information of an item.
         * GET /api/{version}/items/{id}/information
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsInformation(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the sale of an item.
         * GET /api/{version}/items/{id}/sale
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsSale(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the purchase of an item.
         * GET /api/{version}/items/{id}/purchase
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsPurchase(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the inventories of an item.
         * GET /api/{version}/items/{id}/inventories
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsInventories(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates an item.
         * POST /api/{version}/items
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates the sale of an item.
         * POST /api/{version}/items/{id}/sale
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createSale(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates the purchase of an item.
         * POST /api/{version}/items/{id}/purchase
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchaseWithoutSupplier(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates the purchase of an item.
         * POST /api/{version}/items/{id}/purchase
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchaseWithSupplier(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates the inventory of an item.
         * POST /api/{version}/items/{id}/inventory
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createInventory(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reactivates an item.
         * POST /api/{version}/items/{id}/reactivate
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reactivate(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Deactivates an item.
         * POST /api/{version}/items/{id}/deactivate
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deactivate(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes an item.
         * DELETE /api/{version}/items/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the family details of an item.
         * GET /api/{version}/items/{id}/family-details
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readFamilyDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a family detail to an item.
         * POST /api/{version}/items/{id}/family-details
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateFamilyDetails(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a package detail to an item.
         * POST /api/{version}/items/{id}/package-details
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPackageDetails(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a package detail of an item.
         * GET /api/{version}/items/{id}/package-details/{package_id}
         * @param string|int $id
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPackageDetails(mixed $id, mixed $uuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a package detail of an item.
         * PATCH /api/{version}/items/{id}/package-details/{package_id}
         * @param string|int $id
         * @param string|int $uuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updatePackageDetails(mixed $id, mixed $uuid, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a package detail of an item.
         * DELETE /api/{version}/items/{id}/package-details/{package_id}
         * @param string|int $id
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deletePackageDetails(mixed $id, mixed $uuid, ?string $apiVersion = NULL): mixed {}
        /**
         * PATCH items/{id} (the documented PHP SDK's ItemData::update).
         * PATCH /api/{version}/items/{id}
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * GET items/{id}/warehouses/{warehouse}/inventories (the documented PHP SDK's ItemData::readWarehouseInventory).
         * GET /api/{version}/items/{id}/warehouses/{warehouse}/inventories
         * @param string|int $id
         * @param string|int $warehouse
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readWarehouseInventory(mixed $id, mixed $warehouse, ?string $apiVersion = NULL): mixed {}
        /**
         * POST items/{id}/inventory/add (the documented PHP SDK's ItemData::addInventory).
         * POST /api/{version}/items/{id}/inventory/add
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addInventory(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\ItemFulfillment {
    /** The documented PHP SDK's item fulfillment service (drop-in): new Api\AppService\ItemFulfillment\ItemFulfillmentData(new Api\Component\ApiConfig($config)); same methods as Exsited\ItemFulfillmentService. */
    class ItemFulfillmentData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the item fulfillments, one page at a time.
         * GET /api/{version}/item-fulfillments
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Adds an item fulfillment to an invoice.
         * POST /api/{version}/invoices/{id}/item-fulfillments
         * @param array<string, mixed>|object $params
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createInvoiceItemFulfillment(mixed $params, mixed $invoiceId, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads an item fulfillment.
         * GET /api/{version}/item-fulfillments/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the item fulfillments of an invoice, one page at a time.
         * GET /api/{version}/invoices/{id}/item-fulfillments
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceItemFulfillment(mixed $invoiceId, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads an item fulfillment of an invoice.
         * GET /api/{version}/invoices/{id}/item-fulfillments/{uuid}
         * @param string|int $invoiceId
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceItemFulfillmentDetails(mixed $invoiceId, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * PATCH item-fulfillments/{id}/information (the documented PHP SDK's ItemFulfillmentData::update).
         * PATCH /api/{version}/item-fulfillments/{id}/information
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\ItemReceipt {
    /** The documented PHP SDK's item receipt service (drop-in): new Api\AppService\ItemReceipt\ItemReceiptData(new Api\Component\ApiConfig($config)); same methods as Exsited\ItemReceiptService. */
    class ItemReceiptData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the item receipts, one page at a time.
         * GET /api/{version}/item-receipts
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads an item receipt.
         * GET /api/{version}/item-receipts/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the item receipts of a purchase order, one page at a time.
         * GET /api/{version}/purchase-orders/{purchase_order_id}/item-receipts
         * @param string|int $purchaseOrderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderItemReceipt(mixed $purchaseOrderId, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Labour {
    /** The documented PHP SDK's labour service (drop-in): new Api\AppService\Labour\LabourData(new Api\Component\ApiConfig($config)); same methods as Exsited\LabourService. */
    class LabourData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the orders of a labour, one page at a time.
         * GET /api/{version}/labours/{id}/orders
         * @param string|int $labourUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrders(mixed $labourUUID, ?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Creates a labour.
         * POST /api/{version}/labours
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the labours, one page at a time.
         * GET /api/{version}/labours
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function listAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a labour.
         * GET /api/{version}/labours/{uuid}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $labourUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function details(mixed $labourUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a labour.
         * PATCH /api/{version}/labours/{uuid}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $labourUUID
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $labourUUID, mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a labour.
         * DELETE /api/{version}/labours/{uuid}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $labourUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $labourUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the available for booking in the labours.
         * GET /api/{version}/labours/available-for-booking
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function availableForBooking(mixed $queryParams = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
         * POST /api/{version}/{path*}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $path
         * @param 'get'|'post'|'put'|'patch'|'delete' $requestMethod
         * @param array<string, mixed>|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function customRequest(mixed $path, mixed $requestMethod, mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\LabourAvailability {
    /** The documented PHP SDK's labour availability service (drop-in): new Api\AppService\LabourAvailability\LabourAvailabilityData(new Api\Component\ApiConfig($config)); same methods as Exsited\LabourAvailabilityService. */
    class LabourAvailabilityData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Reads the labour availability.
         * GET /api/{version}/labour-availability
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function listAll(mixed $queryParams = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the labour availability.
         * PATCH /api/{version}/labour-availability
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
         * POST /api/{version}/{path*}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $path
         * @param 'get'|'post'|'put'|'patch'|'delete' $requestMethod
         * @param array<string, mixed>|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function customRequest(mixed $path, mixed $requestMethod, mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * GET labour-availability/{availabilityUUID} (the documented PHP SDK's LabourAvailabilityData::details).
         * GET /api/{version}/labour-availability/{availabilityUUID}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $availabilityUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function details(mixed $availabilityUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * PATCH labour-availability/{availabilityUUID} (the documented PHP SDK's LabourAvailabilityData::updateByUUID).
         * PATCH /api/{version}/labour-availability/{availabilityUUID}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $availabilityUUID
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateByUUID(mixed $availabilityUUID, mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\LabourProfile {
    /** The documented PHP SDK's labour profile service (drop-in): new Api\AppService\LabourProfile\LabourProfileData(new Api\Component\ApiConfig($config)); same methods as Exsited\LabourProfileService. */
    class LabourProfileData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Creates a labour profile.
         * POST /api/{version}/labour-profiles
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the labour profiles, one page at a time.
         * GET /api/{version}/labour-profiles
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function listAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a labour profile.
         * GET /api/{version}/labour-profiles/{uuid}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $labourProfileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function details(mixed $labourProfileUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a labour profile.
         * PATCH /api/{version}/labour-profiles/{uuid}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $labourProfileUUID
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $labourProfileUUID, mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a labour profile.
         * DELETE /api/{version}/labour-profiles/{uuid}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $labourProfileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $labourProfileUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
         * POST /api/{version}/{path*}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $path
         * @param 'get'|'post'|'put'|'patch'|'delete' $requestMethod
         * @param array<string, mixed>|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function customRequest(mixed $path, mixed $requestMethod, mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Milestone {
    /** The documented PHP SDK's milestone service (drop-in): new Api\AppService\Milestone\MilestoneData(new Api\Component\ApiConfig($config)); same methods as Exsited\MilestoneService. */
    class MilestoneData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the milestones, one page at a time.
         * GET /api/{version}/milestones
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Lists the records of an account in the milestones, one page at a time.
         * GET /api/{version}/milestones/account/{account_id}
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readByAccount(mixed $accountId, ?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Lists the records of a labour in the milestones, one page at a time.
         * GET /api/{version}/milestones/labour/{labour_id}
         * @param string|int $labourId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readByLabour(mixed $labourId, ?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Lists the records of an employee in the milestones, one page at a time.
         * GET /api/{version}/milestones/employee/{employee_id}
         * @param string|int $employeeId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readByEmployee(mixed $employeeId, ?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
    }
}

namespace Api\AppService\NoteGroup {
    /** The documented PHP SDK's note group service (drop-in): new Api\AppService\NoteGroup\NoteGroupData(new Api\Component\ApiConfig($config)); same methods as Exsited\NoteGroupService. */
    class NoteGroupData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Creates a note group.
         * POST /api/{version}/note-groups
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a note group.
         * PATCH /api/{version}/note-groups/{uuid}
         * @param string|int $noteGroupUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $noteGroupUuid, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a note group.
         * DELETE /api/{version}/note-groups/{uuid}
         * @param string|int $noteGroupUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $noteGroupUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the note groups, one page at a time.
         * GET /api/{version}/note-groups
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a note group.
         * GET /api/{version}/note-groups/{uuid}
         * @param string|int $noteGroupUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $noteGroupUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a user of a note group.
         * GET /api/{version}/note-groups/{uuid}/user/{user_uuid}
         * @param string|int $noteGroupId
         * @param string|int $userUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readUserDetails(mixed $noteGroupId, mixed $userUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates a note read status.
         * POST /api/{version}/note-read-status
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createReadStatus(mixed $params, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Notes {
    /** The documented PHP SDK's notes service (drop-in): new Api\AppService\Notes\NotesData(new Api\Component\ApiConfig($config)); same methods as Exsited\NotesService. */
    class NotesData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * GET /api/{version}/accounts/{id}/notes
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountAllNotes(mixed $accountId, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}
         * @param string|int $accountId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountNotesDetails(mixed $accountId, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createAccountNotes(mixed $filePath, mixed $note, mixed $accountId, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}/files
         * @param string|int $accountId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountNoteAllFiles(mixed $accountId, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $accountId
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountNoteFileDetails(mixed $accountId, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/notes/{uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addAccountFile(mixed $filePath, mixed $noteUuid, mixed $accountId, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a note.
         * GET /api/{version}/notes/{uuid}
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the notes of an order, one page at a time.
         * GET /api/{version}/orders/{id}/notes
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderAllNotes(mixed $orderId, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the notes of an item, one page at a time.
         * GET /api/{version}/items/{id}/notes
         * @param string|int $itemId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readItemAllNotes(mixed $itemId, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the notes of an invoice, one page at a time.
         * GET /api/{version}/invoices/{id}/notes
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceAllNotes(mixed $invoiceId, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the notes of a payment, one page at a time.
         * GET /api/{version}/payments/{id}/notes
         * @param string|int $paymentId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentAllNotes(mixed $paymentId, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the notes of a purchase order, one page at a time.
         * GET /api/{version}/purchase-orders/{id}/notes
         * @param string|int $purchaseOrderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderAllNotes(mixed $purchaseOrderId, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the notes of a purchase invoice, one page at a time.
         * GET /api/{version}/purchase-invoices/{id}/notes
         * @param string|int $purchaseInvoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseInvoiceAllNotes(mixed $purchaseInvoiceId, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a note of an order.
         * GET /api/{version}/orders/{id}/notes/{uuid}
         * @param string|int $orderId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderNotesDetails(mixed $orderId, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a note of an item.
         * GET /api/{version}/items/{id}/notes/{uuid}
         * @param string|int $itemId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readItemNotesDetails(mixed $itemId, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a note of an invoice.
         * GET /api/{version}/invoices/{id}/notes/{uuid}
         * @param string|int $invoiceId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceNotesDetails(mixed $invoiceId, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a note of a payment.
         * GET /api/{version}/payments/{id}/notes/{uuid}
         * @param string|int $paymentId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentNotesDetails(mixed $paymentId, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a note of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/notes/{uuid}
         * @param string|int $purchaseOrderId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderNotesDetails(mixed $purchaseOrderId, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a note of a purchase invoice.
         * GET /api/{version}/purchase-invoices/{id}/notes/{uuid}
         * @param string|int $purchaseInvoiceId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseInvoiceNotesDetails(mixed $purchaseInvoiceId, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the files of a note of an order.
         * GET /api/{version}/orders/{id}/notes/{uuid}/files
         * @param string|int $orderId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderNoteAllFiles(mixed $orderId, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the files of a note of an item.
         * GET /api/{version}/items/{id}/notes/{uuid}/files
         * @param string|int $itemId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readItemNoteAllFiles(mixed $itemId, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the files of a note of a payment.
         * GET /api/{version}/payments/{id}/notes/{uuid}/files
         * @param string|int $paymentId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentNoteAllFiles(mixed $paymentId, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the files of a note of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/notes/{uuid}/files
         * @param string|int $purchaseOrderId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderNoteAllFiles(mixed $purchaseOrderId, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the files of a note of a purchase invoice.
         * GET /api/{version}/purchase-invoices/{id}/notes/{uuid}/files
         * @param string|int $purchaseInvoiceId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseInvoiceNoteAllFiles(mixed $purchaseInvoiceId, mixed $noteUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a file of a note of an order.
         * GET /api/{version}/orders/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $orderId
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderNoteFileDetails(mixed $orderId, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a file of a note of an item.
         * GET /api/{version}/items/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $itemId
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readItemNoteFileDetails(mixed $itemId, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a file of a note of a payment.
         * GET /api/{version}/payments/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $paymentId
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentNoteFileDetails(mixed $paymentId, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a file of a note of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $purchaseOrderId
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderNoteFileDetails(mixed $purchaseOrderId, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a file of a note of a purchase invoice.
         * GET /api/{version}/purchase-invoices/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $purchaseInvoiceId
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseInvoiceNoteFileDetails(mixed $purchaseInvoiceId, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a note to an order.
         * POST /api/{version}/orders/{order_id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createOrderNotes(mixed $filePath, mixed $note, mixed $orderId, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a note to an item.
         * POST /api/{version}/items/{item_id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $itemId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createItemNotes(mixed $filePath, mixed $note, mixed $itemId, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a note to an invoice.
         * POST /api/{version}/invoices/{invoice_id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createInvoiceNotes(mixed $filePath, mixed $note, mixed $invoiceId, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a note to a payment.
         * POST /api/{version}/payments/{payment_id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $paymentId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPaymentNotes(mixed $filePath, mixed $note, mixed $paymentId, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a note to a purchase order.
         * POST /api/{version}/purchase-orders/{purchase_order_id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $purchaseOrderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchaseOrderNotes(mixed $filePath, mixed $note, mixed $purchaseOrderId, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a note to a purchase invoice.
         * POST /api/{version}/purchase-invoices/{purchase_invoice_id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $purchaseInvoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchaseInvoiceNotes(mixed $filePath, mixed $note, mixed $purchaseInvoiceId, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a file to a note of an order.
         * POST /api/{version}/orders/{order_id}/notes/{note_uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addOrderFile(mixed $filePath, mixed $noteUuid, mixed $orderId, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a file to a note of an item.
         * POST /api/{version}/items/{item_id}/notes/{note_uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $itemId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addItemFile(mixed $filePath, mixed $noteUuid, mixed $itemId, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a file to a note of an invoice.
         * POST /api/{version}/invoices/{invoice_id}/notes/{note_uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addInvoiceFile(mixed $filePath, mixed $noteUuid, mixed $invoiceId, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a file to a note of a payment.
         * POST /api/{version}/payments/{payment_id}/notes/{note_uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $paymentId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addPaymentFile(mixed $filePath, mixed $noteUuid, mixed $paymentId, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a file to a note of a purchase order.
         * POST /api/{version}/purchase-orders/{purchase_order_id}/notes/{note_uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $purchaseOrderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addPurchaseOrderFile(mixed $filePath, mixed $noteUuid, mixed $purchaseOrderId, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a file to a note of a purchase invoice.
         * POST /api/{version}/purchase-invoices/{purchase_invoice_id}/notes/{note_uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $purchaseInvoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addPurchaseInvoiceFile(mixed $filePath, mixed $noteUuid, mixed $purchaseInvoiceId, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the notes, one page at a time.
         * GET /api/{version}/notes
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllNotes(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
    }
}

namespace Api\AppService\Order {
    /** The documented PHP SDK's order service (drop-in): new Api\AppService\Order\OrderData(new Api\Component\ApiConfig($config)); same methods as Exsited\OrderService. */
    class OrderData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * GET /api/{version}/accounts/{id}/billing-preferences
         * @param string|int $accountID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readBillingPreferences(mixed $accountID, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates an order.
         * POST /api/{version}/orders
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates an order.
         * POST /api/{version}/orders
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createOrderWithPurchase(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates an order.
         * POST /api/{version}/orders
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createWithFamilyType(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates an order.
         * POST /api/{version}/orders
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPreorder(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the orders, one page at a time.
         * GET /api/{version}/orders
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads an order.
         * GET /api/{version}/orders/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a bulk result.
         * GET /api/{version}/bulk_result/{bulk_id}/{request_id}
         * @param string|int $bulk_id
         * @param string|int $request_id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getBulkOrderDetails(mixed $bulk_id, mixed $request_id, ?string $apiVersion = NULL): mixed {}
        /**
         * Cancels an order.
         * POST /api/{version}/orders/{id}/cancel
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function cancel(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates a usage.
         * POST /api/{version}/usages
         * @param array<string, mixed>|object $param
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createOrderUsages(mixed $param, ?string $apiVersion = NULL): mixed {}
        /**
         * Upgrades an order.
         * POST /api/{version}/orders/{order_id}/upgrade
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function upgrade(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates the contract adjustment of an order.
         * POST /api/{version}/orders/{order_id}/contract-adjustment
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function contractAdjustment(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Previews the contract adjustment of an order.
         * POST /api/{version}/orders/{order_id}/contract-adjustment/preview
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function contractAdjustmentPreview(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Previews the upgrade of an order.
         * POST /api/{version}/orders/{order_id}/upgrade/preview
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function upgradePreview(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Downgrades an order.
         * POST /api/{version}/orders/{order_id}/downgrade
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function downgrade(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Previews the downgrade of an order.
         * POST /api/{version}/orders/{order_id}/downgrade/preview
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function downgradePreview(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Reactivates an order.
         * POST /api/{version}/orders/{id}/reactivate
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reactivate(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Changes an order.
         * POST /api/{version}/orders/{id}/change
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function change(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes an order.
         * DELETE /api/{version}/orders/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Downloads the PDF of an order.
         * GET /api/{version}/orders/{id}/pdf
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param 'binary'|'hex'|'base64' $format
         * @return string the PDF: its bytes, or them in hex or base64 as $format says
         * @throws \Api\AppService\AutoBillApiException
         */
        public function orderPdf(mixed $id, ?string $apiVersion = NULL, mixed $format = NULL): mixed {}
        /**
         * Reads the information of an order.
         * GET /api/{version}/orders/{id}/information
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInformation(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the lines of an order.
         * GET /api/{version}/orders/{id}/lines
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderLines(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a line of an order.
         * GET /api/{version}/orders/{id}/lines/{charge_uuid}
         * @param string|int $id
         * @param string|int $chargeItemUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsOrderLine(mixed $id, mixed $chargeItemUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the orders of an account, one page at a time.
         * GET /api/{version}/accounts/{id}/orders
         * @param string|int $accountID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountOrders(mixed $accountID, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the information of an order.
         * PATCH /api/{version}/orders/{id}/information
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeInformation(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the information of an order.
         * PATCH /api/{version}/orders/{id}/information
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changePaymentMethod(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the information of a line of an order.
         * PATCH /api/{version}/orders/{id}/lines/{uuid}/information
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|int $chargeItemUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeOrderLineInformation(mixed $params, mixed $id, mixed $chargeItemUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Replaces the billing preferences of an order.
         * PUT /api/{version}/orders/{id}/billing-preferences
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateBillingPreferences(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the billing preferences of an order.
         * PATCH /api/{version}/orders/{id}/billing-preferences
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeBillingPreferences(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Relinquishes an order.
         * POST /api/{version}/orders/{id}/relinquish
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function preOrderRelinquish(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Accepts an order.
         * POST /api/{version}/orders/{id}/accept
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createOrderAccept(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Changes the status of an order.
         * POST /api/{version}/orders/{id}/change_status
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeStatus(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Converts the to order of an order.
         * POST /api/{version}/orders/{id}/convert_to_order
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function convertToOrder(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Previews the change of an order.
         * POST /api/{version}/orders/{order_id}/change/preview
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changePreview(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the orders of a labour, one page at a time.
         * GET /api/{version}/labours/{id}/orders
         * @param string|int $labourID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readLabourOrders(mixed $labourID, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates an express.
         * POST /api/{version}/express
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createExpress(mixed $params, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Payment {
    /** The documented PHP SDK's payment service (drop-in): new Api\AppService\Payment\PaymentData(new Api\Component\ApiConfig($config)); same methods as Exsited\PaymentService. */
    class PaymentData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Adds a payment to an invoice.
         * POST /api/{version}/invoices/{invoice_id}/payments
         * @param string|int $invoiceId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createSinglePayment(mixed $invoiceId, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the payments of an invoice.
         * GET /api/{version}/invoices/{id}/payments
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoicePaymentDetails(mixed $invoiceId, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the payments, one page at a time.
         * GET /api/{version}/payments
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a payment.
         * GET /api/{version}/payments/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the payments of an account.
         * GET /api/{version}/accounts/{id}/payments
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountPaymentDetails(mixed $accountId, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the payments of an order.
         * GET /api/{version}/orders/{id}/payments
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderPaymentDetails(mixed $orderId, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a payment.
         * DELETE /api/{version}/payments/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * POST payments (the documented PHP SDK's PaymentData::create).
         * POST /api/{version}/payments
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * PATCH payments/{id}/information (the documented PHP SDK's PaymentData::update).
         * PATCH /api/{version}/payments/{id}/information
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\ProformaInvoices {
    /** The documented PHP SDK's proforma invoices service (drop-in): new Api\AppService\ProformaInvoices\ProformaInvoicesData(new Api\Component\ApiConfig($config)); same methods as Exsited\ProformaInvoicesService. */
    class ProformaInvoicesData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the proforma invoices, one page at a time.
         * GET /api/{version}/proforma-invoices
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllProformaInvoices(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a proforma invoice.
         * GET /api/{version}/proforma-invoices/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readProformaInvoicesDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a payment to a proforma invoice.
         * POST /api/{version}/proforma-invoices/{id}/payments
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createProformaInvoicesPayment(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\PurchaseCreditNote {
    /** The documented PHP SDK's purchase credit note service (drop-in): new Api\AppService\PurchaseCreditNote\PurchaseCreditNoteData(new Api\Component\ApiConfig($config)); same methods as Exsited\PurchaseCreditNoteService. */
    class PurchaseCreditNoteData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the purchase credit notes, one page at a time.
         * GET /api/{version}/purchase-credit-notes
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllPurchaseCreditNote(mixed $apiVersion, mixed $queryParams): mixed {}
        /**
         * Reads a purchase credit note.
         * GET /api/{version}/purchase-credit-notes/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function read(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the purchase credit note applications of a purchase invoice, one page at a time.
         * GET /api/{version}/purchase-invoices/{id}/purchase-credit-note-applications
         * @param string|int $purchaseInvoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseInvoiceCreditNoteApplications(mixed $purchaseInvoiceId, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a purchase credit note application.
         * GET /api/{version}/purchase-credit-note-applications/{uuid}
         * @param string|int $purchaseCreditNoteApplicationsUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseCreditNoteApplicationsDetails(mixed $purchaseCreditNoteApplicationsUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the purchase credit note applications, one page at a time.
         * GET /api/{version}/purchase-credit-note-applications
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllPurchaseCreditNoteApplications(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
    }
}

namespace Api\AppService\PurchaseInvoice {
    /** The documented PHP SDK's purchase invoice service (drop-in): new Api\AppService\PurchaseInvoice\PurchaseInvoiceData(new Api\Component\ApiConfig($config)); same methods as Exsited\PurchaseInvoiceService. */
    class PurchaseInvoiceData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the purchase invoices, one page at a time.
         * GET /api/{version}/purchase-invoices
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a purchase invoice.
         * GET /api/{version}/purchase-invoices/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a line of a purchase invoice.
         * GET /api/{version}/purchase-invoices/{id}/lines/{uuid}
         * @param string|int $id
         * @param string|int $lineUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readLinesDetails(mixed $id, mixed $lineUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the purchase invoices of an account, one page at a time.
         * GET /api/{version}/accounts/{id}/purchase-invoices
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountPurchaseInvoices(mixed $accountId, ?string $apiVersion = NULL): mixed {}
        /**
         * Cancels a purchase invoice.
         * POST /api/{version}/purchase-invoices/{id}/cancel
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function cancel(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a purchase invoice.
         * DELETE /api/{version}/purchase-invoices/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a purchase invoice to a purchase order.
         * POST /api/{version}/purchase-orders/{purchase_order_id}/purchase-invoices
         * @param string|int $PurchaseOrderId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchaseOrderPurchaseInvoices(mixed $PurchaseOrderId, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * POST purchase-invoices/{id}/reactivate (the documented PHP SDK's PurchaseInvoiceData::reactivate).
         * POST /api/{version}/purchase-invoices/{id}/reactivate
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reactivate(mixed $id, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\PurchaseOrder {
    /** The documented PHP SDK's purchase order service (drop-in): new Api\AppService\PurchaseOrder\PurchaseOrderData(new Api\Component\ApiConfig($config)); same methods as Exsited\PurchaseOrderService. */
    class PurchaseOrderData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the purchase orders, one page at a time.
         * GET /api/{version}/purchase-orders
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a purchase order.
         * GET /api/{version}/purchase-orders/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a purchase order.
         * DELETE /api/{version}/purchase-orders/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reactivates a purchase order.
         * POST /api/{version}/purchase-orders/{id}/reactivate
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reactivate(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Cancels a purchase order.
         * POST /api/{version}/purchase-orders/{id}/cancel
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function cancel(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the information of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/information
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsInformation(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a line of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/lines/{uuid}
         * @param string|int $id
         * @param string|int $lineUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readLineDetails(mixed $id, mixed $lineUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the lines of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/lines
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readLines(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates a purchase order.
         * POST /api/{version}/purchase-orders
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the information of a purchase order.
         * PATCH /api/{version}/purchase-orders/{id}/information
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function change(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the purchase orders of an account, one page at a time.
         * GET /api/{version}/accounts/{account_id}/purchase-orders
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountPurchaseOrders(mixed $accountId, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\PurchasePayments {
    /** The documented PHP SDK's purchase payments service (drop-in): new Api\AppService\PurchasePayments\PurchasePaymentsData(new Api\Component\ApiConfig($config)); same methods as Exsited\PurchasePaymentsService. */
    class PurchasePaymentsData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the purchase payments, one page at a time.
         * GET /api/{version}/purchase-payments
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllPurchasePayments(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a purchase payment.
         * GET /api/{version}/purchase-payments/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsPurchasePayments(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a purchase payment.
         * PATCH /api/{version}/purchase-payments/{purchase_payment_id}
         * @param string|int $PurchasePaymentId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updatePurchasePayments(mixed $PurchasePaymentId, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a purchase payment.
         * DELETE /api/{version}/purchase-payments/{purchase_payment_id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deletePurchasePayments(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates a purchase payment.
         * POST /api/{version}/purchase-payments
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchasePayments(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a purchase payment to a purchase invoice.
         * POST /api/{version}/purchase-invoices/{purchase_invoice_id}/purchase-payments
         * @param string|int $purchaseInvoiceId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchaseInvoicePurchasePayments(mixed $purchaseInvoiceId, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the purchase payments of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/purchase-payments
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderPurchasePayments(mixed $orderId, ?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads the purchase payments of an account.
         * GET /api/{version}/accounts/{id}/purchase-payments
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountPurchasePayments(mixed $accountId, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the information of a purchase payment.
         * PATCH /api/{version}/purchase-payments/{purchase_payment_id}/information
         * @param string|int $PurchasePaymentId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updatePurchasePaymentsInformation(mixed $PurchasePaymentId, mixed $params, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\PurchaseRefund {
    /** The documented PHP SDK's purchase refund service (drop-in): new Api\AppService\PurchaseRefund\PurchaseRefundData(new Api\Component\ApiConfig($config)); same methods as Exsited\PurchaseRefundService. */
    class PurchaseRefundData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the purchase refunds, one page at a time.
         * GET /api/{version}/purchase-refunds
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a purchase refund.
         * GET /api/{version}/purchase-refunds/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the purchase refunds of an account.
         * GET /api/{version}/accounts/{id}/purchase-refunds
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountPurchaseRefunds(mixed $accountId, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a purchase refund.
         * DELETE /api/{version}/purchase-refunds/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Refund {
    /** The documented PHP SDK's refund service (drop-in): new Api\AppService\Refund\RefundData(new Api\Component\ApiConfig($config)); same methods as Exsited\RefundService. */
    class RefundData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the refunds, one page at a time.
         * GET /api/{version}/refunds
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllRefunds(mixed $apiVersion, mixed $queryParams): mixed {}
        /**
         * Reads a refund.
         * GET /api/{version}/refunds/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the refunds of an account.
         * GET /api/{version}/accounts/{id}/refunds
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountRefunds(mixed $accountId, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a refund to a credit note.
         * POST /api/{version}/credit-notes/{cn_id}/refunds
         * @param string|int $creditNotesId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $creditNotesId, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a refund.
         * DELETE /api/{version}/refunds/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * PATCH refunds/{id}/information (the documented PHP SDK's RefundData::update).
         * PATCH /api/{version}/refunds/{id}/information
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\RentalAsset {
    /** The documented PHP SDK's rental asset service (drop-in): new Api\AppService\RentalAsset\RentalAssetData(new Api\Component\ApiConfig($config)); same methods as Exsited\RentalAssetService. */
    class RentalAssetData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the rental asset availability, one page at a time.
         * GET /api/{version}/rental-asset-availability
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function listAvailability(mixed $queryParams = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the rental asset availability.
         * PATCH /api/{version}/rental-asset-availability
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateAvailability(mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the rental assets, one page at a time.
         * GET /api/{version}/rental-assets
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a rental asset.
         * GET /api/{version}/rental-assets/{rental_asset_uuid}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates a rental asset.
         * POST /api/{version}/rental-assets
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a rental asset.
         * PATCH /api/{version}/rental-assets/{rental_asset_uuid}
         * @param array<string, mixed>|object $params
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $params, mixed $uuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a rental asset.
         * DELETE /api/{version}/rental-assets/{rental_asset_uuid}
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $uuid, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\RentalAssetProfiles {
    /** The documented PHP SDK's rental asset profiles service (drop-in): new Api\AppService\RentalAssetProfiles\RentalAssetProfilesData(new Api\Component\ApiConfig($config)); same methods as Exsited\RentalAssetProfilesService. */
    class RentalAssetProfilesData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Creates a rental asset profile.
         * POST /api/{version}/rental-asset-profiles
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a rental asset profile.
         * PATCH /api/{version}/rental-asset-profiles/{profile_uuid}
         * @param string|int $rentalAssetProfileUUID
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $rentalAssetProfileUUID, mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the rental asset profiles, one page at a time.
         * GET /api/{version}/rental-asset-profiles
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a rental asset profile.
         * GET /api/{version}/rental-asset-profiles/{profile_uuid}
         * @param string|int $rentalAssetProfileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $rentalAssetProfileUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a rental asset profile.
         * DELETE /api/{version}/rental-asset-profiles/{profile_uuid}
         * @param string|int $rentalAssetProfileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $rentalAssetProfileUUID, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Reports {
    /** The documented PHP SDK's reports service (drop-in): new Api\AppService\Reports\ReportsData(new Api\Component\ApiConfig($config)); same methods as Exsited\ReportsService. */
    class ReportsData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the account overview in the accounts in the reports, one page at a time.
         * GET /api/{version}/reports/accounts/account_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountOverview(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Lists the invoice overview in the invoices in the reports, one page at a time.
         * GET /api/{version}/reports/invoices/invoice_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceOverview(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Lists the order overview in the orders in the reports, one page at a time.
         * GET /api/{version}/reports/orders/order_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderOverview(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Lists the purchase invoice overview in the purchase invoices in the reports, one page at a time.
         * GET /api/{version}/reports/purchase_invoices/purchase_invoice_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseInvoiceOverview(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads the purchase order overview in the purchase orders in the reports.
         * GET /api/{version}/reports/purchase_orders/purchase_order_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderOverview(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads the payment and refund overview in the transactions in the reports.
         * GET /api/{version}/reports/transactions/payment_and_refund_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentAndRefundOverview(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads the purchase payment and refund overview in the purchase transactions in the reports.
         * GET /api/{version}/reports/purchase_transactions/purchase_payment_and_refund_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchasePaymentAndRefundOverview(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
    }
}

namespace Api\AppService\Rma {
    /** The documented PHP SDK's rma service (drop-in): new Api\AppService\Rma\RmaData(new Api\Component\ApiConfig($config)); same methods as Exsited\RmaService. */
    class RmaData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the return merchandise authorisations, one page at a time.
         * GET /api/{version}/return-merchandise-authorisations
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Lists the receive of a return merchandise authorisation of an invoice, one page at a time.
         * GET /api/{version}/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive
         * @param string|int $id
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceRmaReceiveAll(mixed $id, mixed $invoiceId, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a return merchandise authorisation.
         * GET /api/{version}/return-merchandise-authorisations/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the return merchandise authorisations of an invoice, one page at a time.
         * GET /api/{version}/invoices/{id}/return-merchandise-authorisations
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceAllRma(mixed $invoiceId, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a return merchandise authorisation of an invoice.
         * GET /api/{version}/invoices/{id}/return-merchandise-authorisations/{rma_id}
         * @param string|int $invoiceId
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceRmaDetails(mixed $invoiceId, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a return merchandise authorisation to an invoice.
         * POST /api/{version}/invoices/{id}/return-merchandise-authorisations
         * @param string|int $invoiceId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createInvoiceRma(mixed $invoiceId, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Receives a return merchandise authorisation of an invoice.
         * POST /api/{version}/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive
         * @param string|int $id
         * @param string|int $invoiceId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createInvoiceRmaReceive(mixed $id, mixed $invoiceId, mixed $params, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Setting {
    /** The documented PHP SDK's setting service (drop-in): new Api\AppService\Setting\SettingData(new Api\Component\ApiConfig($config)); same methods as Exsited\SettingService. */
    class SettingData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the settings, one page at a time.
         * GET /api/{version}/settings
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Lists the payment processors in the settings, one page at a time.
         * GET /api/{version}/settings/payment_processors
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentProcessors(?string $apiVersion = NULL): mixed {}
        /**
         * Lists the pricing levels in the settings, one page at a time.
         * GET /api/{version}/settings/pricing_levels
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPricingLevels(?string $apiVersion = NULL): mixed {}
        /**
         * Lists the item groups in the settings, one page at a time.
         * GET /api/{version}/settings/item_groups
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readItemGroups(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Lists the currencies in the settings, one page at a time.
         * GET /api/{version}/settings/currencies
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCurrencies(?string $apiVersion = NULL): mixed {}
        /**
         * Lists the taxes in the settings, one page at a time.
         * GET /api/{version}/settings/taxes
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readTaxes(?string $apiVersion = NULL): mixed {}
        /**
         * Lists the discount profiles in the settings, one page at a time.
         * GET /api/{version}/settings/discount_profiles
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDiscountProfiles(?string $apiVersion = NULL): mixed {}
        /**
         * Lists the discount profiles in the settings, one page at a time.
         * GET /api/{version}/settings/discount_profiles
         * @param string|int|null $redemptionCode
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readRedemptionCodeDetails(mixed $redemptionCode, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the warehouses in the settings, one page at a time.
         * GET /api/{version}/settings/warehouses
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllWarehouse(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Lists the shipping profiles in the settings, one page at a time.
         * GET /api/{version}/settings/shipping-profiles
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readShippingProfile(?string $apiVersion = NULL): mixed {}
        /**
         * Lists the components in the settings, one page at a time.
         * GET /api/{version}/settings/components
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readComponents(?string $apiVersion = NULL): mixed {}
        /**
         * Lists the variations in the settings, one page at a time.
         * GET /api/{version}/settings/variations
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readVariations(?string $apiVersion = NULL): mixed {}
        /**
         * Updates a variation in the settings.
         * PATCH /api/{version}/settings/variations/{uuid}
         * @param array<string, mixed>|object|null $params
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeVariations(mixed $params, mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Adds a variation to the settings.
         * POST /api/{version}/settings/variations
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createVariations(mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the account in the field settings in the settings.
         * PATCH /api/{version}/settings/field_settings/account
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateAccountFieldSettings(mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the item in the field settings in the settings.
         * PATCH /api/{version}/settings/field_settings/item
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateItemFieldSettings(mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the date and time in the general settings in the settings.
         * PATCH /api/{version}/settings/general_settings/date_and_time
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateDateAndTimeSettings(mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the account in the general settings in the settings.
         * PATCH /api/{version}/settings/general_settings/account
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateAccountGeneralSettings(mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the item in the general settings in the settings.
         * PATCH /api/{version}/settings/general_settings/item
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateItemGeneralSettings(mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a warehouse in the settings.
         * GET /api/{version}/settings/warehouses/{uuid}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readWarehouseDetails(mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a variation in the settings.
         * GET /api/{version}/settings/variations/{uuid}
         * @param string|int $variationUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readVariationById(mixed $variationUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the custom logic script in the settings, one page at a time.
         * GET /api/{version}/settings/custom-logic-script
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomLogicScripts(?string $apiVersion = NULL): mixed {}
        /**
         * Reads a custom logic script in the settings.
         * GET /api/{version}/settings/custom-logic-script/{uuid}
         * @param string|int $scriptId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomLogicScriptDetails(mixed $scriptId, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the API action script.
         * GET /api/{version}/api-action-script
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readApiActionScript(mixed $queryParams = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the workflow count all in the API action script.
         * GET /api/{version}/api-action-script/workflow_count_all
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readApiActionScriptAdminWorkflowCountAll(mixed $queryParams = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a discount profile in the settings.
         * GET /api/{version}/settings/discount_profiles/{uuid}
         * @param string|int $discountProfileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDiscountProfileDetails(mixed $discountProfileUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads the custom attributes in the settings.
         * GET /api/{version}/settings/custom_attributes
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomAttributes(?string $apiVersion = NULL): mixed {}
        /**
         * GET settings/custom_attributes/{customAttributeUUID} (the documented PHP SDK's SettingData::readCustomAttributeDetails).
         * GET /api/{version}/settings/custom_attributes/{customAttributeUUID}
         * @param string|int $customAttributeUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomAttributeDetails(mixed $customAttributeUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * POST settings/item_groups (the documented PHP SDK's SettingData::createItemGroup).
         * POST /api/{version}/settings/item_groups
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createItemGroup(mixed $params = NULL, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Settings {
    /** The documented PHP SDK's settings service (drop-in): new Api\AppService\Settings\SettingsData(new Api\Component\ApiConfig($config)); same methods as Exsited\SettingsService. */
    class SettingsData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Reads a warehouse in the settings.
         * GET /api/{version}/settings/warehouses/{uuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getWarehouseSettings(mixed $uuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Reads a variation in the settings.
         * GET /api/{version}/settings/variations/{uuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getVariationSettings(mixed $uuid, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Task {
    /** The documented PHP SDK's task service (drop-in): new Api\AppService\Task\TaskData(new Api\Component\ApiConfig($config)); same methods as Exsited\TaskService. */
    class TaskData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the tasks, one page at a time.
         * GET /api/{version}/tasks
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        /**
         * Reads a task.
         * GET /api/{version}/tasks/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the checklist of a task, one page at a time.
         * GET /api/{version}/tasks/{id}/checklist
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readChecklist(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates a task.
         * POST /api/{version}/tasks
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $payload, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates the checklist of a task.
         * POST /api/{version}/tasks/{id}/checklist
         * @param string|int $id
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createChecklist(mixed $id, mixed $payload, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a checklist of a task.
         * PATCH /api/{version}/tasks/{id}/checklist/{checklist_id}
         * @param string|int $id
         * @param string|int $checklistId
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateChecklist(mixed $id, mixed $checklistId, mixed $payload, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a task.
         * DELETE /api/{version}/tasks/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a checklist of a task.
         * DELETE /api/{version}/tasks/{id}/checklist/{checklist_id}
         * @param string|int $id
         * @param string|int $checklistId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteChecklist(mixed $id, mixed $checklistId, ?string $apiVersion = NULL): mixed {}
        /**
         * PATCH tasks/{id}/information (the documented PHP SDK's TaskData::update).
         * PATCH /api/{version}/tasks/{id}/information
         * @param string|int $id
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $id, mixed $payload, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Timesheet {
    /** The documented PHP SDK's timesheet service (drop-in): new Api\AppService\Timesheet\TimesheetData(new Api\Component\ApiConfig($config)); same methods as Exsited\TimesheetService. */
    class TimesheetData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the timesheets, one page at a time.
         * GET /api/{version}/timesheets
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL): mixed {}
        /**
         * Reads a timesheet.
         * GET /api/{version}/timesheets/{uuid}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates a timesheet.
         * POST /api/{version}/timesheets
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a timesheet.
         * PATCH /api/{version}/timesheets/{uuid}
         * @param string|int $uuId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $uuId, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a timesheet.
         * DELETE /api/{version}/timesheets/{uuid}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $uuId, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Usages {
    /** The documented PHP SDK's usages service (drop-in): new Api\AppService\Usages\UsagesData(new Api\Component\ApiConfig($config)); same methods as Exsited\UsagesService. */
    class UsagesData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the usages, one page at a time.
         * GET /api/{version}/usages
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(mixed $apiVersion, mixed $queryParams): mixed {}
        /**
         * Reads a usage.
         * GET /api/{version}/usages/{uuid}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates a usage.
         * PATCH /api/{version}/usages/{uuid}
         * @param string|int $uuId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function change(mixed $uuId, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Replaces a usage.
         * PUT /api/{version}/usages/{uuid}
         * @param string|int $uuId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $uuId, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Deletes a usage.
         * DELETE /api/{version}/usages/{uuid}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $uuId, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates a usage.
         * POST /api/{version}/usages
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\UserSettings {
    /** The documented PHP SDK's user settings service (drop-in): new Api\AppService\UserSettings\UserSettingsData(new Api\Component\ApiConfig($config)); same methods as Exsited\UserSettingsService. */
    class UserSettingsData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Lists the user settings, one page at a time.
         * GET /api/{version}/user_settings
         * @param string|int|null $userUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readUserSettings(mixed $userUuid, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\AppService\Workflow {
    /** The documented PHP SDK's workflow service (drop-in): new Api\AppService\Workflow\WorkflowData(new Api\Component\ApiConfig($config)); same methods as Exsited\WorkflowService. */
    class WorkflowData
    {
        public function __construct(\Api\Component\ApiConfig $config) {}
        /**
         * Sends a component.
         * POST /api/{version}/component/{uuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createComponentWithWorkflow(mixed $componentUuid, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of a component, one page at a time.
         * GET /api/{version}/component/{uuid}/{id}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $componentId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getComponentWithWorkflow(mixed $componentUuid, mixed $componentId, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of a component in the workflow, one page at a time.
         * GET /api/{version}/workflow/component/{componentUuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getWorkflowDetails(mixed $componentUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates the milestone of a component in the workflow.
         * POST /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $componentId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addMilestone(mixed $componentUuid, mixed $componentId, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Updates the milestone of a component in the workflow.
         * PATCH /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $componentId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateMilestone(mixed $componentUuid, mixed $componentId, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the milestone of a component in the workflow, one page at a time.
         * GET /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $componentId
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getMilestones(mixed $componentUuid, mixed $componentId, mixed $queryParams = NULL, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of a milestone of a component in the workflow, one page at a time.
         * GET /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone/{milestoneUuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $componentId
         * @param string|int $milestoneUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getMilestoneDetails(mixed $componentUuid, mixed $componentId, mixed $milestoneUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Creates an alert responsibility.
         * POST /api/{version}/alert_responsibility
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createAlertResponsibility(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the alert responsibility, one page at a time.
         * GET /api/{version}/alert_responsibility
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getAlertResponsibilities(?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of an alert responsibility, one page at a time.
         * GET /api/{version}/alert_responsibility/{alertResponsibilityUuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $alertResponsibilityUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getAlertResponsibilityDetails(mixed $alertResponsibilityUuid, ?string $apiVersion = NULL): mixed {}
        /**
         * Lists the records of a workflow, one page at a time.
         * GET /api/{version}/workflow/{workflowVersionUuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $workflowVersionUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getWorkflowDefinition(mixed $workflowVersionUuid, ?string $apiVersion = NULL): mixed {}
    }
}

namespace Api\Component {
    /** One credential set, as ConfigManager::getConfig() gives it. */
    class ApiConfig
    {
        public function __construct(#[\SensitiveParameter] array $config) {}
        public function getApiUrl(): string {}
        public function getApiVersion(): string {}
        public function getRequestTimeout(): ?float {}
    }
}

namespace Exsited {
    /** Every account operation of the Exsited API; answers are stdClass objects (arrays with assoc). */
    class AccountService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * One page of accounts.
         * GET /api/{version}/accounts
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every account, fetched lazily page by page. `$options`: limit (page size), offset, order_by, direction, apiVersion.
         * GET /api/{version}/accounts
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * GET /api/{version}/accounts/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/information
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsInformation(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * PATCH /api/{version}/accounts/{id}/information
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/cancel
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function cancel(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/reactivate
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reactivate(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/purge
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function purge(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/contacts
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readContactDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param string|int $id
         * @param string|int $contactType
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readContactTypeDetails(mixed $id, mixed $contactType, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * PUT /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|int $contactType
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeContactTypeDetails(mixed $params, mixed $id, mixed $contactType, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * PATCH /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|int $contactType
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateContactTypeDetails(mixed $params, mixed $id, mixed $contactType, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param string|int $id
         * @param string|int $contactType
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteContactTypeDetails(mixed $id, mixed $contactType, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/addresses
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAddresses(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/addresses/{uuid}
         * @param string|int $id
         * @param string|int $addressUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAddressDetails(mixed $id, mixed $addressUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * `$params = ['addresses' => [...]]`.
         * POST /api/{version}/accounts/{id}/addresses
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createAddresses(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * `$params = ['address' => [...]]`.
         * PATCH /api/{version}/accounts/{id}/addresses/{uuid}
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param string|int $addressUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeAddresses(mixed $id, mixed $params, mixed $addressUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/addresses/{uuid}
         * @param string|int $id
         * @param string|int $addressUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteAddress(mixed $id, mixed $addressUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/payment-methods
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentMethod(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/payment-methods/{reference}
         * @param string|int $id
         * @param string|int $ref
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsPaymentMethod(mixed $id, mixed $ref, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/payment-methods
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPaymentMethod(#[\SensitiveParameter] mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * For a card; same envelope as createPaymentMethod.
         * POST /api/{version}/accounts/{id}/payment-methods
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createCardPaymentMethod(#[\SensitiveParameter] mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * PATCH /api/{version}/accounts/{id}/payment-methods/{reference}
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|int $reference
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updatesPaymentMethodAllData(#[\SensitiveParameter] mixed $params, mixed $id, mixed $reference, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/payment-methods/{reference}
         * @param string|int $id
         * @param string|int $ref
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deletePaymentMethod(mixed $id, mixed $ref, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/billing-preferences
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readBillingPreference(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * PUT /api/{version}/accounts/{id}/billing-preferences
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateBillingPreference(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllNotes(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every note of an account, fetched lazily page by page (same `$options` as iterateAll).
         * GET /api/{version}/accounts/{id}/notes
         * @param string|int $id
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllNotes(mixed $id, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}
         * @param string|int $id
         * @param string|int $noteUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readNoteDetails(mixed $id, mixed $noteUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addNote(mixed $filePath, mixed $note, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/notes/{uuid}
         * @param string|int $id
         * @param string|int $UUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteNote(mixed $id, mixed $UUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}/files
         * @param string|int $id
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readNoteFiles(mixed $id, mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $id
         * @param string|int $noteUUID
         * @param string|int $fileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readNoteFileDetails(mixed $id, mixed $noteUUID, mixed $fileUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/notes/{uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $id
         * @param string|int $noteUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addNoteFiles(mixed $filePath, mixed $id, mixed $noteUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $id
         * @param string|int $noteUUID
         * @param string|int $fileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteNoteFile(mixed $id, mixed $noteUUID, mixed $fileUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/image
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getImage(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/image
         * @param string|string[]|null $filePath
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addImage(mixed $filePath, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/image
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteImage(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * `$email`: `['to' => 'a@x.com' or ['a@x.com', ..], 'cc' => .., 'bcc' => .., 'subject' => .., 'body' => ..]`; lists are sent comma-joined. Not in the documented PHP SDK (its Python twin is account_sent_email).
         * POST /api/{version}/accounts/{id}/communications/emails
         * @param string|int $id
         * @param array{to: string|string[], cc?: string|string[], bcc?: string|string[], subject?: string, body?: string} $email
         * @param string|string[]|null $filePath
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function sendEmail(mixed $id, array $email, mixed $filePath = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Python: account_get_email.
         * GET /api/{version}/accounts/{id}/communications/emails
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readEmails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Python: account_get_email_uuid.
         * GET /api/{version}/accounts/{id}/communications/emails/{uuid}
         * @param string|int $id
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readEmailDetails(mixed $id, mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/financial-summary
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readFinancialSummary(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/financial-summary
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountFinancialSummary(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/orders/unlinked
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readUnlinkedOrders(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/orders/linked
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readLinkedOrders(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/custom_objects
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomObject(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/custom_objects/{uuid}
         * @param string|int $id
         * @param string|int $customObjectUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomObjectDetails(mixed $id, mixed $customObjectUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The accounting codes operations of the Exsited API over an Exsited\Client: new Exsited\AccountingCodesService($client); answers are stdClass objects (arrays with assoc). */
    class AccountingCodesService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the accounting codes, one page at a time.
         * GET /api/{version}/accounting-codes
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/accounting-codes
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads an accounting code.
         * GET /api/{version}/accounting-codes/{uuid}
         * @param string|int $accountingCodeUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $accountingCodeUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The alert operations of the Exsited API over an Exsited\Client: new Exsited\AlertService($client); answers are stdClass objects (arrays with assoc). */
    class AlertService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the alert, one page at a time.
         * GET /api/{version}/alert
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(mixed $queryParams = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/alert
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the records of an account in the alert, one page at a time.
         * GET /api/{version}/alert/account/{account_id}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $accountId
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readByAccount(mixed $accountId, mixed $queryParams = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readByAccount, fetched lazily page by page.
         * GET /api/{version}/alert/account/{account_id}
         * @param string|int $accountId
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateByAccount(mixed $accountId, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the records of a labour in the alert, one page at a time.
         * GET /api/{version}/alert/labour/{labour_id}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $labourId
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readByLabour(mixed $labourId, mixed $queryParams = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readByLabour, fetched lazily page by page.
         * GET /api/{version}/alert/labour/{labour_id}
         * @param string|int $labourId
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateByLabour(mixed $labourId, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the records of an employee in the alert, one page at a time.
         * GET /api/{version}/alert/employee/{employee_id}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $employeeId
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readByEmployee(mixed $employeeId, mixed $queryParams = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readByEmployee, fetched lazily page by page.
         * GET /api/{version}/alert/employee/{employee_id}
         * @param string|int $employeeId
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateByEmployee(mixed $employeeId, ?array $options = NULL): \Exsited\RecordIterator {}
    }

    /** The api action script operations of the Exsited API over an Exsited\Client: new Exsited\ApiActionScriptService($client); answers are stdClass objects (arrays with assoc). */
    class ApiActionScriptService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Updates the API action script.
         * PATCH /api/{version}/api-action-script
         * @param string|int|null $scriptUUID
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function execute(mixed $scriptUUID, mixed $payload, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The approval operations of the Exsited API over an Exsited\Client: new Exsited\ApprovalService($client); answers are stdClass objects (arrays with assoc). */
    class ApprovalService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the sale order in the approvals, one page at a time.
         * GET /api/{version}/approvals/saleOrder
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getSaleOrderApprovals(mixed $queryParams = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of getSaleOrderApprovals, fetched lazily page by page.
         * GET /api/{version}/approvals/saleOrder
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateSaleOrderApprovals(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the timesheet in the approvals, one page at a time.
         * GET /api/{version}/approvals/timesheet
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getTimesheetApprovals(mixed $queryParams = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of getTimesheetApprovals, fetched lazily page by page.
         * GET /api/{version}/approvals/timesheet
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateTimesheetApprovals(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the records of an account in the approvals, one page at a time.
         * GET /api/{version}/approvals/account/{account_uuid}
         * @param string|int $accountUuid
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getAccountApprovals(mixed $accountUuid, mixed $queryParams = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of getAccountApprovals, fetched lazily page by page.
         * GET /api/{version}/approvals/account/{account_uuid}
         * @param string|int $accountUuid
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAccountApprovals(mixed $accountUuid, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Approves the approvals.
         * POST /api/{version}/approvals/approve
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function approve(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Rejects the approvals.
         * POST /api/{version}/approvals/reject
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reject(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The booking operations of the Exsited API over an Exsited\Client: new Exsited\BookingService($client); answers are stdClass objects (arrays with assoc). */
    class BookingService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Books the booking.
         * POST /api/{version}/booking
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $payload, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Changes a booking.
         * POST /api/{version}/booking/{order_id}/change
         * @param string|int $orderId
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeBooking(mixed $orderId, mixed $payload, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** Connection settings; new Exsited\Client(['base_url' => .., 'client_id' => .., 'client_secret' => ..]). */
    class Client
    {
        public function __construct(#[\SensitiveParameter] array $options) {}
        public function accountService(): \Exsited\AccountService {}
        public function getApiVersion(): string {}
        public function getBaseUrl(): string {}
        public function getTokenRequestCount(): int {}
        public function getLastResponseHeaders(): array {}
        public function getLastRequestId(): ?string {}
        public static function cachedClientCount(): int {}
    }

    /** The communication operations of the Exsited API over an Exsited\Client: new Exsited\CommunicationService($client); answers are stdClass objects (arrays with assoc). */
    class CommunicationService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * GET /api/{version}/accounts/{id}/communications/emails
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountEmails(mixed $accountId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/communications/emails/{uuid}
         * @param string|int $accountId
         * @param string|int $emailId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountEmailDetails(mixed $accountId, mixed $emailId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Sends the email in the communications.
         * POST /api/{version}/communications/send-email
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function sendEmail(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST accounts/{accountId}/communications/emails (the documented PHP SDK's CommunicationData::sendAccountEmail).
         * POST /api/{version}/accounts/{accountId}/communications/emails
         * @param string|int $accountId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function sendAccountEmail(mixed $accountId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The credit note operations of the Exsited API over an Exsited\Client: new Exsited\CreditNoteService($client); answers are stdClass objects (arrays with assoc). */
    class CreditNoteService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the credit notes, one page at a time.
         * GET /api/{version}/credit-notes
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllCreditNotes(mixed $apiVersion, mixed $queryParams, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAllCreditNotes, fetched lazily page by page.
         * GET /api/{version}/credit-notes
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllCreditNotes(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a credit note.
         * GET /api/{version}/credit-notes/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function read(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the credit note applications.
         * GET /api/{version}/credit-note-applications
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllCreditNoteApplications(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAllCreditNoteApplications, fetched lazily page by page.
         * GET /api/{version}/credit-note-applications
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllCreditNoteApplications(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a credit note application.
         * GET /api/{version}/credit-note-applications/{uuid}
         * @param string|int $creditNoteApplicationsUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCreditNoteApplicationsDetails(mixed $creditNoteApplicationsUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the credit note applications of an invoice.
         * GET /api/{version}/invoices/{id}/credit-note-applications
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceCreditNoteApplications(mixed $invoiceId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The custom attribute operations of the Exsited API over an Exsited\Client: new Exsited\CustomAttributeService($client); answers are stdClass objects (arrays with assoc). */
    class CustomAttributeService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Reads the custom attributes.
         * GET /api/{version}/custom-attributes
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function listAll(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a custom attribute.
         * GET /api/{version}/custom-attributes/{ca_uuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $customAttributeUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function details(mixed $customAttributeUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates a custom attribute.
         * POST /api/{version}/custom-attributes
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a custom attribute.
         * PATCH /api/{version}/custom-attributes/{ca_uuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $customAttributeUUID
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $customAttributeUUID, mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a custom attribute.
         * DELETE /api/{version}/custom-attributes/{ca_uuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $customAttributeUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $customAttributeUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
         * POST /api/{version}/{path*}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $path
         * @param 'get'|'post'|'put'|'patch'|'delete' $requestMethod
         * @param array<string, mixed>|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function customRequest(mixed $path, mixed $requestMethod, mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The custom component operations of the Exsited API over an Exsited\Client: new Exsited\CustomComponentService($client); answers are stdClass objects (arrays with assoc). */
    class CustomComponentService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the records of a component, one page at a time.
         * GET /api/{version}/component/{uuid}
         * @param string|int $componentUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(mixed $componentUuid, ?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/component/{uuid}
         * @param string|int $componentUuid
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(mixed $componentUuid, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Sends a component.
         * POST /api/{version}/component/{uuid}
         * @param string|int $componentUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $componentUuid, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Sends a component.
         * POST /api/{version}/component/{uuid}
         * @param string|int $componentUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createWithAttributeGroup(mixed $componentUuid, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the records of a component, one page at a time.
         * GET /api/{version}/component/{uuid}/{id}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllDetails(mixed $componentUuid, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Downloads the PDF of a component.
         * GET /api/{version}/component/{uuid}/{id}/pdf
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getComponentPdf(mixed $componentUuid, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the records of a component of an account, one page at a time.
         * GET /api/{version}/accounts/{account_id}/component/{component_uuid}
         * @param string|int $componentUuid
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountAllComponent(mixed $componentUuid, mixed $accountId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the records of a component of an account, one page at a time.
         * GET /api/{version}/accounts/{account_id}/component/{component_uuid}/{component_id}
         * @param string|int $componentUuid
         * @param string|int $accountId
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountComponent(mixed $componentUuid, mixed $accountId, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a component.
         * PATCH /api/{version}/component/{uuid}/{id}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function change(mixed $componentUuid, mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Changes the status of a component.
         * POST /api/{version}/component/{component_uuid}/{order_id}/change_status
         * @param string|int $componentUuid
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeComponentStatus(mixed $componentUuid, mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the activity of a component, one page at a time.
         * GET /api/{version}/component/{component_uuid}/{order_id}/activity
         * @param string|int $componentUuid
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readComponentActivities(mixed $componentUuid, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates the activity of a component.
         * POST /api/{version}/component/{component_uuid}/{order_id}/activity
         * @param string|int $componentUuid
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createComponentActivity(mixed $componentUuid, mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the records of an activity of a component, one page at a time.
         * GET /api/{version}/component/{component_uuid}/{order_id}/activity/{activity_uuid}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param string|int $activityUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readComponentActivityDetails(mixed $componentUuid, mixed $id, mixed $activityUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a component.
         * DELETE /api/{version}/component/{uuid}/{id}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $componentUuid, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the express of a component.
         * PATCH /api/{version}/component/{uuid}/{id}/express
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateExpress(mixed $componentUuid, mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes the custom objects of a component.
         * DELETE /api/{version}/component/{uuid}/{id}/custom_objects
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteCustomObjects(mixed $componentUuid, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Links the domains of a component.
         * POST /api/{version}/component/{uuid}/link_domains
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function linkDomains(mixed $componentUuid, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the link domains of a component.
         * PATCH /api/{version}/component/{uuid}/link_domains
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $componentUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateLinkDomains(mixed $componentUuid, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Unlinks the domains of a component.
         * POST /api/{version}/component/{uuid}/unlink_domains
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $componentUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function unlinkDomains(mixed $componentUuid, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the notes of a component, one page at a time.
         * GET /api/{version}/component/{uuid}/{id}/notes
         * @param string|int $componentUuid
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllComponentNotes(mixed $componentUuid, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the records of a note of a component, one page at a time.
         * GET /api/{version}/component/{uuid}/{id}/notes/{note_uuid}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readComponentNoteDetails(mixed $componentUuid, mixed $id, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a note of a component.
         * DELETE /api/{version}/component/{uuid}/{id}/notes/{note_uuid}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteComponentNote(mixed $componentUuid, mixed $id, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the files of a note of a component, one page at a time.
         * GET /api/{version}/component/{uuid}/{id}/notes/{note_uuid}/files
         * @param string|int $componentUuid
         * @param string|int $id
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readComponentNoteFiles(mixed $componentUuid, mixed $id, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the records of a file of a note of a component, one page at a time.
         * GET /api/{version}/component/{uuid}/{id}/notes/{note_uuid}/files/{file_uuid}
         * @param string|int $componentUuid
         * @param string|int $id
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readComponentNoteFileDetails(mixed $componentUuid, mixed $id, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST component/{componentUuid}/{id}/notes (the documented PHP SDK's CustomComponentData::addComponentNote).
         * POST /api/{version}/component/{componentUuid}/{id}/notes
         * @param string|int $componentUuid
         * @param string|int $id
         * @param string|null $note
         * @param string|string[]|null $filePath
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addComponentNote(mixed $componentUuid, mixed $id, mixed $note, mixed $filePath = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The custom feature operations of the Exsited API over an Exsited\Client: new Exsited\CustomFeatureService($client); answers are stdClass objects (arrays with assoc). */
    class CustomFeatureService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the custom feature, one page at a time.
         * GET /api/{version}/custom-feature
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/custom-feature
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a custom feature.
         * GET /api/{version}/custom-feature/{uuid}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates a custom feature.
         * POST /api/{version}/custom-feature
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a custom feature.
         * PATCH /api/{version}/custom-feature/{uuid}
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a custom feature.
         * DELETE /api/{version}/custom-feature/{uuid}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates the custom form of a custom feature.
         * POST /api/{version}/custom-feature/{uuid}/custom-form
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createCustomForm(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The employee operations of the Exsited API over an Exsited\Client: new Exsited\EmployeeService($client); answers are stdClass objects (arrays with assoc). */
    class EmployeeService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Creates an employee.
         * POST /api/{version}/employees
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createEmployee(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the employees, one page at a time.
         * GET /api/{version}/employees
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllEmployee(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAllEmployee, fetched lazily page by page.
         * GET /api/{version}/employees
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllEmployee(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads an employee.
         * GET /api/{version}/employees/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsEmployee(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates an employee.
         * PATCH /api/{version}/employees/{id}
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateEmployee(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes an employee.
         * DELETE /api/{version}/employees/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteEmployee(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The event operations of the Exsited API over an Exsited\Client: new Exsited\EventService($client); answers are stdClass objects (arrays with assoc). */
    class EventService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the events, one page at a time.
         * GET /api/{version}/events
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/events
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads an event.
         * GET /api/{version}/events/{uuid}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Removes an event.
         * POST /api/{version}/events/{uuid}/remove
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function remove(mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The external database operations of the Exsited API over an Exsited\Client: new Exsited\ExternalDatabaseService($client); answers are stdClass objects (arrays with assoc). */
    class ExternalDatabaseService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the external database, one page at a time.
         * GET /api/{version}/external-database
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/external-database
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads an external database.
         * GET /api/{version}/external-database/{db_name}
         * @param string|int $database_name
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $database_name, ?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readDetails, fetched lazily page by page.
         * GET /api/{version}/external-database/{db_name}
         * @param string|int $database_name
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateDetails(mixed $database_name, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the records of a table of an external database, one page at a time.
         * GET /api/{version}/external-database/{db_name}/table/{table_name}
         * @param string|int $database_name
         * @param string|int $table_name
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readTable(mixed $database_name, mixed $table_name, ?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readTable, fetched lazily page by page.
         * GET /api/{version}/external-database/{db_name}/table/{table_name}
         * @param string|int $database_name
         * @param string|int $table_name
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateTable(mixed $database_name, mixed $table_name, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Searches an external database.
         * POST /api/{version}/external-database/{database_name}/search
         * @param string|int $database_name
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function search(mixed $database_name, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The gift operations of the Exsited API over an Exsited\Client: new Exsited\GiftService($client); answers are stdClass objects (arrays with assoc). */
    class GiftService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the gift certificates, one page at a time.
         * GET /api/{version}/gift_certificates
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/gift_certificates
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a gift certificate.
         * GET /api/{version}/gift_certificates/{id}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the allocations of a gift certificate, one page at a time.
         * GET /api/{version}/gift_certificates/{id}/allocations
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllocations(mixed $uuId, ?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAllocations, fetched lazily page by page.
         * GET /api/{version}/gift_certificates/{id}/allocations
         * @param string|int $uuId
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllocations(mixed $uuId, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the transactions of a gift certificate, one page at a time.
         * GET /api/{version}/gift_certificates/{id}/transactions
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readTransactions(mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Disables a gift certificate.
         * POST /api/{version}/gift_certificates/{id}/disable
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function disable(mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Enables a gift certificate.
         * POST /api/{version}/gift_certificates/{id}/enable
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function enable(mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Allocates a gift certificate.
         * POST /api/{version}/gift_certificates/{id}/allocate
         * @param array<string, mixed>|object $params
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function allocate(mixed $params, mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deallocates a gift certificate.
         * POST /api/{version}/gift_certificates/{id}/deallocate
         * @param array<string, mixed>|object $params
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deallocate(mixed $params, mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a gift certificate.
         * DELETE /api/{version}/gift_certificates/{id}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Amends a gift certificate.
         * POST /api/{version}/gift_certificates/{id}/amend
         * @param array<string, mixed>|object $params
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function amend(mixed $params, mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates a gift certificate.
         * POST /api/{version}/gift_certificates
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a gift certificate.
         * PATCH /api/{version}/gift_certificates/{id}
         * @param array<string, mixed>|object $params
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function change(mixed $params, mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The integration operations of the Exsited API over an Exsited\Client: new Exsited\IntegrationService($client); answers are stdClass objects (arrays with assoc). */
    class IntegrationService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Reads the integration connections.
         * GET /api/{version}/integration-connections
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/integration-connections
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads the automation of an integration.
         * GET /api/{version}/integration/{integration_uuid}/automation
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAutomation(mixed $integrationUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the configuration of an integration.
         * GET /api/{version}/integration/{integration_uuid}/configuration
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readIntegrationConfiguration(mixed $integrationUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the partner function of an integration.
         * GET /api/{version}/integration/{integration_uuid}/partner-function
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPartner(mixed $integrationUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads an automation of an integration.
         * GET /api/{version}/integration/{integration_uuid}/automation/{automation_uuid}
         * @param string|int $integrationUuid
         * @param string|int $automationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAutomationDetails(mixed $integrationUuid, mixed $automationUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a partner function of an integration.
         * GET /api/{version}/integration/{integration_uuid}/partner-function/{partner_function_uuid}
         * @param string|int $integrationUuid
         * @param string|int $partnerUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPartnerDetails(mixed $integrationUuid, mixed $partnerUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes an integration.
         * DELETE /api/{version}/integration/{connection_uuid}
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates an integration.
         * POST /api/{version}/integration
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Enables an integration.
         * POST /api/{version}/integration/{connection_uuid}/enable
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function enable(mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Disables an integration.
         * POST /api/{version}/integration/{connection_uuid}/disable
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function disable(mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads an integration connection.
         * GET /api/{version}/integration-connections/{connection_uuid}
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function read(mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates the automation of an integration.
         * POST /api/{version}/integration/{connection_uuid}/automation
         * @param string|int $integrationUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addAutomation(mixed $integrationUuid, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates the partner function of an integration.
         * POST /api/{version}/integration/{connection_uuid}/partner-function
         * @param string|int $integrationUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPartnerFunction(mixed $integrationUuid, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Enables a partner function of an integration.
         * POST /api/{version}/integration/{connection_uuid}/partner-function/{partner_function_uuid}/enable
         * @param string|int $integrationUuid
         * @param string|int $partnerFunctionUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function partnerFunctionEnable(mixed $integrationUuid, mixed $partnerFunctionUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Disables a partner function of an integration.
         * POST /api/{version}/integration/{connection_uuid}/partner-function/{partner_function_uuid}/disable
         * @param string|int $integrationUuid
         * @param string|int $partnerFunctionUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function partnerFunctionDisable(mixed $integrationUuid, mixed $partnerFunctionUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a partner function of an integration.
         * PATCH /api/{version}/integration/{connection_uuid}/partner-function/{partner_function_uuid}
         * @param string|int $integrationUuid
         * @param string|int $partnerUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updatePartnerDetails(mixed $integrationUuid, mixed $partnerUuid, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates an automation of an integration.
         * PATCH /api/{version}/integration/{connection_uuid}/automation/{automation_uuid}
         * @param string|int $integrationUuid
         * @param string|int $automationUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateAutomation(mixed $integrationUuid, mixed $automationUuid, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the configuration of an integration.
         * PATCH /api/{version}/integration/{connection_uuid}/configuration
         * @param string|int $uuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateConfiguration(mixed $uuid, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Unlinks the items of an integration.
         * POST /api/{version}/integration/{connection_uuid}/unlink-items
         * @param string|int $integrationUuid
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function unlinkItems(mixed $integrationUuid, mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Links the items of an integration.
         * POST /api/{version}/integration/{connection_uuid}/link-items
         * @param string|int $integrationUuid
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function linkItems(mixed $integrationUuid, mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Saves the connection of an integration.
         * POST /api/{version}/integration/{connection_uuid}/save-connection
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createSaveConnection(mixed $integrationUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Syncs the currencies of an integration.
         * POST /api/{version}/integration/{connection_uuid}/sync-currencies
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function syncCurrencies(mixed $integrationUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Syncs the accounting codes of an integration.
         * POST /api/{version}/integration/{connection_uuid}/sync-accounting-codes
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function syncAccountingCodes(mixed $integrationUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Syncs the taxes of an integration.
         * POST /api/{version}/integration/{connection_uuid}/sync-taxes
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function syncTaxes(mixed $integrationUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE integration/{integrationUuid}/partner-function/{partnerUuid} (the documented PHP SDK's IntegrationData::deletePartnerDetails).
         * DELETE /api/{version}/integration/{integrationUuid}/partner-function/{partnerUuid}
         * @param string|int $integrationUuid
         * @param string|int $partnerUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deletePartnerDetails(mixed $integrationUuid, mixed $partnerUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST integration/{integrationUuid}/check-connection (the documented PHP SDK's IntegrationData::checkConnection).
         * POST /api/{version}/integration/{integrationUuid}/check-connection
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function checkConnection(mixed $integrationUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST integration/{integrationUuid}/automation/{automationUuid}/disable (the documented PHP SDK's IntegrationData::automationDisable).
         * POST /api/{version}/integration/{integrationUuid}/automation/{automationUuid}/disable
         * @param string|int $integrationUuid
         * @param string|int $automationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function automationDisable(mixed $integrationUuid, mixed $automationUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST integration/{integrationUuid}/automation/{automationUuid}/enable (the documented PHP SDK's IntegrationData::automationEnable).
         * POST /api/{version}/integration/{integrationUuid}/automation/{automationUuid}/enable
         * @param string|int $integrationUuid
         * @param string|int $automationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function automationEnable(mixed $integrationUuid, mixed $automationUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE integration/automation/{automationUuid} (the documented PHP SDK's IntegrationData::deleteAutomation).
         * DELETE /api/{version}/integration/automation/{automationUuid}
         * @param string|int $automationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteAutomation(mixed $automationUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET integration/{integrationUuid}/currency (the documented PHP SDK's IntegrationData::getIntegrationCurrencies).
         * GET /api/{version}/integration/{integrationUuid}/currency
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getIntegrationCurrencies(mixed $integrationUuid, ?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of getIntegrationCurrencies, fetched lazily page by page.
         * GET /api/{version}/integration/{integrationUuid}/currency
         * @param string|int $integrationUuid
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateIntegrationCurrencies(mixed $integrationUuid, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * POST integration/{integrationUuid}/currency/{currencyName}/disable (the documented PHP SDK's IntegrationData::disableIntegrationCurrency).
         * POST /api/{version}/integration/{integrationUuid}/currency/{currencyName}/disable
         * @param string|int $integrationUuid
         * @param string|int $currencyName
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function disableIntegrationCurrency(mixed $integrationUuid, mixed $currencyName, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST integration/{integrationUuid}/currency/{currencyName}/enable (the documented PHP SDK's IntegrationData::enableIntegrationCurrency).
         * POST /api/{version}/integration/{integrationUuid}/currency/{currencyName}/enable
         * @param string|int $integrationUuid
         * @param string|int $currencyName
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function enableIntegrationCurrency(mixed $integrationUuid, mixed $currencyName, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET integration/{integrationUuid}/get-connection-account (the documented PHP SDK's IntegrationData::readConnectionAccount).
         * GET /api/{version}/integration/{integrationUuid}/get-connection-account
         * @param string|int $integrationUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readConnectionAccount(mixed $integrationUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The inventory adjustments operations of the Exsited API over an Exsited\Client: new Exsited\InventoryAdjustmentsService($client); answers are stdClass objects (arrays with assoc). */
    class InventoryAdjustmentsService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the inventory adjustments, one page at a time.
         * GET /api/{version}/inventory-adjustments
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllInventoryAdjustments(mixed $apiVersion, mixed $queryParams, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAllInventoryAdjustments, fetched lazily page by page.
         * GET /api/{version}/inventory-adjustments
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllInventoryAdjustments(?array $options = NULL): \Exsited\RecordIterator {}
    }

    /** The invoice operations of the Exsited API over an Exsited\Client: new Exsited\InvoiceService($client); answers are stdClass objects (arrays with assoc). */
    class InvoiceService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Adds an invoice to an order.
         * POST /api/{version}/orders/{id}/invoices
         * @param array<string, mixed>|object $params
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createOrderInvoice(mixed $params, mixed $orderId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the invoices, one page at a time.
         * GET /api/{version}/invoices
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readALl(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readALl, fetched lazily page by page.
         * GET /api/{version}/invoices
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads an invoice.
         * GET /api/{version}/invoices/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the information of an invoice.
         * GET /api/{version}/invoices/{id}/information
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsInformation(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes an invoice.
         * DELETE /api/{version}/invoices/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the invoices of an account.
         * GET /api/{version}/accounts/{accountId}/invoices
         * @param string|int $accountID
         * @param mixed $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountInvoices(mixed $accountID, mixed $params = NULL, ?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAccountInvoices, fetched lazily page by page.
         * GET /api/{version}/accounts/{accountId}/invoices
         * @param string|int $accountID
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAccountInvoices(mixed $accountID, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads the invoices of an order.
         * GET /api/{version}/orders/{order_id}/invoices
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderInvoice(mixed $orderId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates an invoice.
         * POST /api/{version}/invoices
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createInvoice(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Amends an invoice.
         * POST /api/{version}/invoices/{id}/amend
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createAmend(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Downloads the PDF of an invoice.
         * GET /api/{version}/invoices/{id}/pdf
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPdf(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Downloads the PDF of an invoice.
         * GET /api/{version}/invoices/{id}/pdf
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param 'binary'|'hex'|'base64' $format
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return string the PDF: its bytes, or them in hex or base64 as $format says
         * @throws \Api\AppService\AutoBillApiException
         */
        public function invoicePdf(mixed $id, ?string $apiVersion = NULL, mixed $format = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The item fulfillment operations of the Exsited API over an Exsited\Client: new Exsited\ItemFulfillmentService($client); answers are stdClass objects (arrays with assoc). */
    class ItemFulfillmentService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the item fulfillments, one page at a time.
         * GET /api/{version}/item-fulfillments
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/item-fulfillments
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Adds an item fulfillment to an invoice.
         * POST /api/{version}/invoices/{id}/item-fulfillments
         * @param array<string, mixed>|object $params
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createInvoiceItemFulfillment(mixed $params, mixed $invoiceId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads an item fulfillment.
         * GET /api/{version}/item-fulfillments/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the item fulfillments of an invoice, one page at a time.
         * GET /api/{version}/invoices/{id}/item-fulfillments
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceItemFulfillment(mixed $invoiceId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads an item fulfillment of an invoice.
         * GET /api/{version}/invoices/{id}/item-fulfillments/{uuid}
         * @param string|int $invoiceId
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceItemFulfillmentDetails(mixed $invoiceId, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * PATCH item-fulfillments/{id}/information (the documented PHP SDK's ItemFulfillmentData::update).
         * PATCH /api/{version}/item-fulfillments/{id}/information
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The item receipt operations of the Exsited API over an Exsited\Client: new Exsited\ItemReceiptService($client); answers are stdClass objects (arrays with assoc). */
    class ItemReceiptService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the item receipts, one page at a time.
         * GET /api/{version}/item-receipts
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/item-receipts
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads an item receipt.
         * GET /api/{version}/item-receipts/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the item receipts of a purchase order, one page at a time.
         * GET /api/{version}/purchase-orders/{purchase_order_id}/item-receipts
         * @param string|int $purchaseOrderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderItemReceipt(mixed $purchaseOrderId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The item operations of the Exsited API over an Exsited\Client: new Exsited\ItemService($client); answers are stdClass objects (arrays with assoc). */
    class ItemService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the items, one page at a time.
         * GET /api/{version}/items
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/items
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads an item.
         * GET /api/{version}/items/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the information of an item.
         * GET /api/{version}/items/{id}/information
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsInformation(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the sale of an item.
         * GET /api/{version}/items/{id}/sale
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsSale(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the purchase of an item.
         * GET /api/{version}/items/{id}/purchase
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsPurchase(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the inventories of an item.
         * GET /api/{version}/items/{id}/inventories
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsInventories(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates an item.
         * POST /api/{version}/items
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates the sale of an item.
         * POST /api/{version}/items/{id}/sale
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createSale(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates the purchase of an item.
         * POST /api/{version}/items/{id}/purchase
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchaseWithoutSupplier(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates the purchase of an item.
         * POST /api/{version}/items/{id}/purchase
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchaseWithSupplier(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates the inventory of an item.
         * POST /api/{version}/items/{id}/inventory
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createInventory(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reactivates an item.
         * POST /api/{version}/items/{id}/reactivate
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reactivate(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deactivates an item.
         * POST /api/{version}/items/{id}/deactivate
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deactivate(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes an item.
         * DELETE /api/{version}/items/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the family details of an item.
         * GET /api/{version}/items/{id}/family-details
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readFamilyDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a family detail to an item.
         * POST /api/{version}/items/{id}/family-details
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateFamilyDetails(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a package detail to an item.
         * POST /api/{version}/items/{id}/package-details
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPackageDetails(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a package detail of an item.
         * GET /api/{version}/items/{id}/package-details/{package_id}
         * @param string|int $id
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPackageDetails(mixed $id, mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a package detail of an item.
         * PATCH /api/{version}/items/{id}/package-details/{package_id}
         * @param string|int $id
         * @param string|int $uuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updatePackageDetails(mixed $id, mixed $uuid, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a package detail of an item.
         * DELETE /api/{version}/items/{id}/package-details/{package_id}
         * @param string|int $id
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deletePackageDetails(mixed $id, mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * PATCH items/{id} (the documented PHP SDK's ItemData::update).
         * PATCH /api/{version}/items/{id}
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET items/{id}/warehouses/{warehouse}/inventories (the documented PHP SDK's ItemData::readWarehouseInventory).
         * GET /api/{version}/items/{id}/warehouses/{warehouse}/inventories
         * @param string|int $id
         * @param string|int $warehouse
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readWarehouseInventory(mixed $id, mixed $warehouse, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST items/{id}/inventory/add (the documented PHP SDK's ItemData::addInventory).
         * POST /api/{version}/items/{id}/inventory/add
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addInventory(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The labour availability operations of the Exsited API over an Exsited\Client: new Exsited\LabourAvailabilityService($client); answers are stdClass objects (arrays with assoc). */
    class LabourAvailabilityService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Reads the labour availability.
         * GET /api/{version}/labour-availability
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function listAll(mixed $queryParams = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of listAll, fetched lazily page by page.
         * GET /api/{version}/labour-availability
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Updates the labour availability.
         * PATCH /api/{version}/labour-availability
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
         * POST /api/{version}/{path*}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $path
         * @param 'get'|'post'|'put'|'patch'|'delete' $requestMethod
         * @param array<string, mixed>|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function customRequest(mixed $path, mixed $requestMethod, mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET labour-availability/{availabilityUUID} (the documented PHP SDK's LabourAvailabilityData::details).
         * GET /api/{version}/labour-availability/{availabilityUUID}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $availabilityUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function details(mixed $availabilityUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * PATCH labour-availability/{availabilityUUID} (the documented PHP SDK's LabourAvailabilityData::updateByUUID).
         * PATCH /api/{version}/labour-availability/{availabilityUUID}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $availabilityUUID
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateByUUID(mixed $availabilityUUID, mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The labour profile operations of the Exsited API over an Exsited\Client: new Exsited\LabourProfileService($client); answers are stdClass objects (arrays with assoc). */
    class LabourProfileService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Creates a labour profile.
         * POST /api/{version}/labour-profiles
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the labour profiles, one page at a time.
         * GET /api/{version}/labour-profiles
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function listAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of listAll, fetched lazily page by page.
         * GET /api/{version}/labour-profiles
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a labour profile.
         * GET /api/{version}/labour-profiles/{uuid}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $labourProfileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function details(mixed $labourProfileUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a labour profile.
         * PATCH /api/{version}/labour-profiles/{uuid}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $labourProfileUUID
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $labourProfileUUID, mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a labour profile.
         * DELETE /api/{version}/labour-profiles/{uuid}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $labourProfileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $labourProfileUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
         * POST /api/{version}/{path*}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $path
         * @param 'get'|'post'|'put'|'patch'|'delete' $requestMethod
         * @param array<string, mixed>|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function customRequest(mixed $path, mixed $requestMethod, mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The labour operations of the Exsited API over an Exsited\Client: new Exsited\LabourService($client); answers are stdClass objects (arrays with assoc). */
    class LabourService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the orders of a labour, one page at a time.
         * GET /api/{version}/labours/{id}/orders
         * @param string|int $labourUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrders(mixed $labourUUID, ?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readOrders, fetched lazily page by page.
         * GET /api/{version}/labours/{id}/orders
         * @param string|int $labourUUID
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateOrders(mixed $labourUUID, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Creates a labour.
         * POST /api/{version}/labours
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the labours, one page at a time.
         * GET /api/{version}/labours
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function listAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of listAll, fetched lazily page by page.
         * GET /api/{version}/labours
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a labour.
         * GET /api/{version}/labours/{uuid}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $labourUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function details(mixed $labourUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a labour.
         * PATCH /api/{version}/labours/{uuid}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $labourUUID
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $labourUUID, mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a labour.
         * DELETE /api/{version}/labours/{uuid}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $labourUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $labourUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the available for booking in the labours.
         * GET /api/{version}/labours/available-for-booking
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function availableForBooking(mixed $queryParams = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of availableForBooking, fetched lazily page by page.
         * GET /api/{version}/labours/available-for-booking
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAvailableForBooking(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Sends $requestMethod (get, post, put, patch, delete) to api/<version>/$path: $params are the query of a GET, nothing for a DELETE, the JSON body otherwise.
         * POST /api/{version}/{path*}
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|int $path
         * @param 'get'|'post'|'put'|'patch'|'delete' $requestMethod
         * @param array<string, mixed>|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function customRequest(mixed $path, mixed $requestMethod, mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The milestone operations of the Exsited API over an Exsited\Client: new Exsited\MilestoneService($client); answers are stdClass objects (arrays with assoc). */
    class MilestoneService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the milestones, one page at a time.
         * GET /api/{version}/milestones
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/milestones
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the records of an account in the milestones, one page at a time.
         * GET /api/{version}/milestones/account/{account_id}
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readByAccount(mixed $accountId, ?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readByAccount, fetched lazily page by page.
         * GET /api/{version}/milestones/account/{account_id}
         * @param string|int $accountId
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateByAccount(mixed $accountId, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the records of a labour in the milestones, one page at a time.
         * GET /api/{version}/milestones/labour/{labour_id}
         * @param string|int $labourId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readByLabour(mixed $labourId, ?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readByLabour, fetched lazily page by page.
         * GET /api/{version}/milestones/labour/{labour_id}
         * @param string|int $labourId
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateByLabour(mixed $labourId, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the records of an employee in the milestones, one page at a time.
         * GET /api/{version}/milestones/employee/{employee_id}
         * @param string|int $employeeId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readByEmployee(mixed $employeeId, ?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readByEmployee, fetched lazily page by page.
         * GET /api/{version}/milestones/employee/{employee_id}
         * @param string|int $employeeId
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateByEmployee(mixed $employeeId, ?array $options = NULL): \Exsited\RecordIterator {}
    }

    /** The note group operations of the Exsited API over an Exsited\Client: new Exsited\NoteGroupService($client); answers are stdClass objects (arrays with assoc). */
    class NoteGroupService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Creates a note group.
         * POST /api/{version}/note-groups
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a note group.
         * PATCH /api/{version}/note-groups/{uuid}
         * @param string|int $noteGroupUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $noteGroupUuid, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a note group.
         * DELETE /api/{version}/note-groups/{uuid}
         * @param string|int $noteGroupUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $noteGroupUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the note groups, one page at a time.
         * GET /api/{version}/note-groups
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/note-groups
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a note group.
         * GET /api/{version}/note-groups/{uuid}
         * @param string|int $noteGroupUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $noteGroupUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a user of a note group.
         * GET /api/{version}/note-groups/{uuid}/user/{user_uuid}
         * @param string|int $noteGroupId
         * @param string|int $userUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readUserDetails(mixed $noteGroupId, mixed $userUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates a note read status.
         * POST /api/{version}/note-read-status
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createReadStatus(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The notes operations of the Exsited API over an Exsited\Client: new Exsited\NotesService($client); answers are stdClass objects (arrays with assoc). */
    class NotesService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * GET /api/{version}/accounts/{id}/notes
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountAllNotes(mixed $accountId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}
         * @param string|int $accountId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountNotesDetails(mixed $accountId, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createAccountNotes(mixed $filePath, mixed $note, mixed $accountId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}/files
         * @param string|int $accountId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountNoteAllFiles(mixed $accountId, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $accountId
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountNoteFileDetails(mixed $accountId, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/notes/{uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addAccountFile(mixed $filePath, mixed $noteUuid, mixed $accountId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a note.
         * GET /api/{version}/notes/{uuid}
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the notes of an order, one page at a time.
         * GET /api/{version}/orders/{id}/notes
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderAllNotes(mixed $orderId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the notes of an item, one page at a time.
         * GET /api/{version}/items/{id}/notes
         * @param string|int $itemId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readItemAllNotes(mixed $itemId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the notes of an invoice, one page at a time.
         * GET /api/{version}/invoices/{id}/notes
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceAllNotes(mixed $invoiceId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the notes of a payment, one page at a time.
         * GET /api/{version}/payments/{id}/notes
         * @param string|int $paymentId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentAllNotes(mixed $paymentId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the notes of a purchase order, one page at a time.
         * GET /api/{version}/purchase-orders/{id}/notes
         * @param string|int $purchaseOrderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderAllNotes(mixed $purchaseOrderId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the notes of a purchase invoice, one page at a time.
         * GET /api/{version}/purchase-invoices/{id}/notes
         * @param string|int $purchaseInvoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseInvoiceAllNotes(mixed $purchaseInvoiceId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a note of an order.
         * GET /api/{version}/orders/{id}/notes/{uuid}
         * @param string|int $orderId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderNotesDetails(mixed $orderId, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a note of an item.
         * GET /api/{version}/items/{id}/notes/{uuid}
         * @param string|int $itemId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readItemNotesDetails(mixed $itemId, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a note of an invoice.
         * GET /api/{version}/invoices/{id}/notes/{uuid}
         * @param string|int $invoiceId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceNotesDetails(mixed $invoiceId, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a note of a payment.
         * GET /api/{version}/payments/{id}/notes/{uuid}
         * @param string|int $paymentId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentNotesDetails(mixed $paymentId, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a note of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/notes/{uuid}
         * @param string|int $purchaseOrderId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderNotesDetails(mixed $purchaseOrderId, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a note of a purchase invoice.
         * GET /api/{version}/purchase-invoices/{id}/notes/{uuid}
         * @param string|int $purchaseInvoiceId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseInvoiceNotesDetails(mixed $purchaseInvoiceId, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the files of a note of an order.
         * GET /api/{version}/orders/{id}/notes/{uuid}/files
         * @param string|int $orderId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderNoteAllFiles(mixed $orderId, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the files of a note of an item.
         * GET /api/{version}/items/{id}/notes/{uuid}/files
         * @param string|int $itemId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readItemNoteAllFiles(mixed $itemId, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the files of a note of a payment.
         * GET /api/{version}/payments/{id}/notes/{uuid}/files
         * @param string|int $paymentId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentNoteAllFiles(mixed $paymentId, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the files of a note of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/notes/{uuid}/files
         * @param string|int $purchaseOrderId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderNoteAllFiles(mixed $purchaseOrderId, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the files of a note of a purchase invoice.
         * GET /api/{version}/purchase-invoices/{id}/notes/{uuid}/files
         * @param string|int $purchaseInvoiceId
         * @param string|int $noteUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseInvoiceNoteAllFiles(mixed $purchaseInvoiceId, mixed $noteUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a file of a note of an order.
         * GET /api/{version}/orders/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $orderId
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderNoteFileDetails(mixed $orderId, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a file of a note of an item.
         * GET /api/{version}/items/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $itemId
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readItemNoteFileDetails(mixed $itemId, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a file of a note of a payment.
         * GET /api/{version}/payments/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $paymentId
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentNoteFileDetails(mixed $paymentId, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a file of a note of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $purchaseOrderId
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderNoteFileDetails(mixed $purchaseOrderId, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a file of a note of a purchase invoice.
         * GET /api/{version}/purchase-invoices/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $purchaseInvoiceId
         * @param string|int $noteUuid
         * @param string|int $fileUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseInvoiceNoteFileDetails(mixed $purchaseInvoiceId, mixed $noteUuid, mixed $fileUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a note to an order.
         * POST /api/{version}/orders/{order_id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createOrderNotes(mixed $filePath, mixed $note, mixed $orderId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a note to an item.
         * POST /api/{version}/items/{item_id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $itemId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createItemNotes(mixed $filePath, mixed $note, mixed $itemId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a note to an invoice.
         * POST /api/{version}/invoices/{invoice_id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createInvoiceNotes(mixed $filePath, mixed $note, mixed $invoiceId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a note to a payment.
         * POST /api/{version}/payments/{payment_id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $paymentId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPaymentNotes(mixed $filePath, mixed $note, mixed $paymentId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a note to a purchase order.
         * POST /api/{version}/purchase-orders/{purchase_order_id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $purchaseOrderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchaseOrderNotes(mixed $filePath, mixed $note, mixed $purchaseOrderId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a note to a purchase invoice.
         * POST /api/{version}/purchase-invoices/{purchase_invoice_id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $purchaseInvoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchaseInvoiceNotes(mixed $filePath, mixed $note, mixed $purchaseInvoiceId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a file to a note of an order.
         * POST /api/{version}/orders/{order_id}/notes/{note_uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addOrderFile(mixed $filePath, mixed $noteUuid, mixed $orderId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a file to a note of an item.
         * POST /api/{version}/items/{item_id}/notes/{note_uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $itemId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addItemFile(mixed $filePath, mixed $noteUuid, mixed $itemId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a file to a note of an invoice.
         * POST /api/{version}/invoices/{invoice_id}/notes/{note_uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addInvoiceFile(mixed $filePath, mixed $noteUuid, mixed $invoiceId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a file to a note of a payment.
         * POST /api/{version}/payments/{payment_id}/notes/{note_uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $paymentId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addPaymentFile(mixed $filePath, mixed $noteUuid, mixed $paymentId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a file to a note of a purchase order.
         * POST /api/{version}/purchase-orders/{purchase_order_id}/notes/{note_uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $purchaseOrderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addPurchaseOrderFile(mixed $filePath, mixed $noteUuid, mixed $purchaseOrderId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a file to a note of a purchase invoice.
         * POST /api/{version}/purchase-invoices/{purchase_invoice_id}/notes/{note_uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $noteUuid
         * @param string|int $purchaseInvoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addPurchaseInvoiceFile(mixed $filePath, mixed $noteUuid, mixed $purchaseInvoiceId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the notes, one page at a time.
         * GET /api/{version}/notes
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllNotes(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAllNotes, fetched lazily page by page.
         * GET /api/{version}/notes
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllNotes(?array $options = NULL): \Exsited\RecordIterator {}
    }

    /** The order operations of the Exsited API over an Exsited\Client: new Exsited\OrderService($client); answers are stdClass objects (arrays with assoc). */
    class OrderService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * GET /api/{version}/accounts/{id}/billing-preferences
         * @param string|int $accountID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readBillingPreferences(mixed $accountID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates an order.
         * POST /api/{version}/orders
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates an order.
         * POST /api/{version}/orders
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createOrderWithPurchase(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates an order.
         * POST /api/{version}/orders
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createWithFamilyType(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates an order.
         * POST /api/{version}/orders
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPreorder(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the orders, one page at a time.
         * GET /api/{version}/orders
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/orders
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads an order.
         * GET /api/{version}/orders/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a bulk result.
         * GET /api/{version}/bulk_result/{bulk_id}/{request_id}
         * @param string|int $bulk_id
         * @param string|int $request_id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getBulkOrderDetails(mixed $bulk_id, mixed $request_id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Cancels an order.
         * POST /api/{version}/orders/{id}/cancel
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function cancel(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates a usage.
         * POST /api/{version}/usages
         * @param array<string, mixed>|object $param
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createOrderUsages(mixed $param, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Upgrades an order.
         * POST /api/{version}/orders/{order_id}/upgrade
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function upgrade(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates the contract adjustment of an order.
         * POST /api/{version}/orders/{order_id}/contract-adjustment
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function contractAdjustment(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Previews the contract adjustment of an order.
         * POST /api/{version}/orders/{order_id}/contract-adjustment/preview
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function contractAdjustmentPreview(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Previews the upgrade of an order.
         * POST /api/{version}/orders/{order_id}/upgrade/preview
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function upgradePreview(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Downgrades an order.
         * POST /api/{version}/orders/{order_id}/downgrade
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function downgrade(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Previews the downgrade of an order.
         * POST /api/{version}/orders/{order_id}/downgrade/preview
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function downgradePreview(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reactivates an order.
         * POST /api/{version}/orders/{id}/reactivate
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reactivate(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Changes an order.
         * POST /api/{version}/orders/{id}/change
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function change(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes an order.
         * DELETE /api/{version}/orders/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Downloads the PDF of an order.
         * GET /api/{version}/orders/{id}/pdf
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param 'binary'|'hex'|'base64' $format
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return string the PDF: its bytes, or them in hex or base64 as $format says
         * @throws \Api\AppService\AutoBillApiException
         */
        public function orderPdf(mixed $id, ?string $apiVersion = NULL, mixed $format = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the information of an order.
         * GET /api/{version}/orders/{id}/information
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInformation(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the lines of an order.
         * GET /api/{version}/orders/{id}/lines
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderLines(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a line of an order.
         * GET /api/{version}/orders/{id}/lines/{charge_uuid}
         * @param string|int $id
         * @param string|int $chargeItemUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsOrderLine(mixed $id, mixed $chargeItemUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the orders of an account, one page at a time.
         * GET /api/{version}/accounts/{id}/orders
         * @param string|int $accountID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountOrders(mixed $accountID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the information of an order.
         * PATCH /api/{version}/orders/{id}/information
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeInformation(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the information of an order.
         * PATCH /api/{version}/orders/{id}/information
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changePaymentMethod(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the information of a line of an order.
         * PATCH /api/{version}/orders/{id}/lines/{uuid}/information
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|int $chargeItemUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeOrderLineInformation(mixed $params, mixed $id, mixed $chargeItemUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Replaces the billing preferences of an order.
         * PUT /api/{version}/orders/{id}/billing-preferences
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateBillingPreferences(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the billing preferences of an order.
         * PATCH /api/{version}/orders/{id}/billing-preferences
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeBillingPreferences(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Relinquishes an order.
         * POST /api/{version}/orders/{id}/relinquish
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function preOrderRelinquish(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Accepts an order.
         * POST /api/{version}/orders/{id}/accept
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createOrderAccept(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Changes the status of an order.
         * POST /api/{version}/orders/{id}/change_status
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeStatus(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Converts the to order of an order.
         * POST /api/{version}/orders/{id}/convert_to_order
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function convertToOrder(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Previews the change of an order.
         * POST /api/{version}/orders/{order_id}/change/preview
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changePreview(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the orders of a labour, one page at a time.
         * GET /api/{version}/labours/{id}/orders
         * @param string|int $labourID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readLabourOrders(mixed $labourID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates an express.
         * POST /api/{version}/express
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createExpress(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The payment operations of the Exsited API over an Exsited\Client: new Exsited\PaymentService($client); answers are stdClass objects (arrays with assoc). */
    class PaymentService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Adds a payment to an invoice.
         * POST /api/{version}/invoices/{invoice_id}/payments
         * @param string|int $invoiceId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createSinglePayment(mixed $invoiceId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the payments of an invoice.
         * GET /api/{version}/invoices/{id}/payments
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoicePaymentDetails(mixed $invoiceId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the payments, one page at a time.
         * GET /api/{version}/payments
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/payments
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a payment.
         * GET /api/{version}/payments/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the payments of an account.
         * GET /api/{version}/accounts/{id}/payments
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountPaymentDetails(mixed $accountId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the payments of an order.
         * GET /api/{version}/orders/{id}/payments
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderPaymentDetails(mixed $orderId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a payment.
         * DELETE /api/{version}/payments/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST payments (the documented PHP SDK's PaymentData::create).
         * POST /api/{version}/payments
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * PATCH payments/{id}/information (the documented PHP SDK's PaymentData::update).
         * PATCH /api/{version}/payments/{id}/information
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The proforma invoices operations of the Exsited API over an Exsited\Client: new Exsited\ProformaInvoicesService($client); answers are stdClass objects (arrays with assoc). */
    class ProformaInvoicesService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the proforma invoices, one page at a time.
         * GET /api/{version}/proforma-invoices
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllProformaInvoices(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAllProformaInvoices, fetched lazily page by page.
         * GET /api/{version}/proforma-invoices
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllProformaInvoices(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a proforma invoice.
         * GET /api/{version}/proforma-invoices/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readProformaInvoicesDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a payment to a proforma invoice.
         * POST /api/{version}/proforma-invoices/{id}/payments
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createProformaInvoicesPayment(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The purchase credit note operations of the Exsited API over an Exsited\Client: new Exsited\PurchaseCreditNoteService($client); answers are stdClass objects (arrays with assoc). */
    class PurchaseCreditNoteService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the purchase credit notes, one page at a time.
         * GET /api/{version}/purchase-credit-notes
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllPurchaseCreditNote(mixed $apiVersion, mixed $queryParams, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAllPurchaseCreditNote, fetched lazily page by page.
         * GET /api/{version}/purchase-credit-notes
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllPurchaseCreditNote(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a purchase credit note.
         * GET /api/{version}/purchase-credit-notes/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function read(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the purchase credit note applications of a purchase invoice, one page at a time.
         * GET /api/{version}/purchase-invoices/{id}/purchase-credit-note-applications
         * @param string|int $purchaseInvoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseInvoiceCreditNoteApplications(mixed $purchaseInvoiceId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a purchase credit note application.
         * GET /api/{version}/purchase-credit-note-applications/{uuid}
         * @param string|int $purchaseCreditNoteApplicationsUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseCreditNoteApplicationsDetails(mixed $purchaseCreditNoteApplicationsUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the purchase credit note applications, one page at a time.
         * GET /api/{version}/purchase-credit-note-applications
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllPurchaseCreditNoteApplications(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAllPurchaseCreditNoteApplications, fetched lazily page by page.
         * GET /api/{version}/purchase-credit-note-applications
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllPurchaseCreditNoteApplications(?array $options = NULL): \Exsited\RecordIterator {}
    }

    /** The purchase invoice operations of the Exsited API over an Exsited\Client: new Exsited\PurchaseInvoiceService($client); answers are stdClass objects (arrays with assoc). */
    class PurchaseInvoiceService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the purchase invoices, one page at a time.
         * GET /api/{version}/purchase-invoices
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/purchase-invoices
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a purchase invoice.
         * GET /api/{version}/purchase-invoices/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a line of a purchase invoice.
         * GET /api/{version}/purchase-invoices/{id}/lines/{uuid}
         * @param string|int $id
         * @param string|int $lineUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readLinesDetails(mixed $id, mixed $lineUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the purchase invoices of an account, one page at a time.
         * GET /api/{version}/accounts/{id}/purchase-invoices
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountPurchaseInvoices(mixed $accountId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Cancels a purchase invoice.
         * POST /api/{version}/purchase-invoices/{id}/cancel
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function cancel(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a purchase invoice.
         * DELETE /api/{version}/purchase-invoices/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a purchase invoice to a purchase order.
         * POST /api/{version}/purchase-orders/{purchase_order_id}/purchase-invoices
         * @param string|int $PurchaseOrderId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchaseOrderPurchaseInvoices(mixed $PurchaseOrderId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST purchase-invoices/{id}/reactivate (the documented PHP SDK's PurchaseInvoiceData::reactivate).
         * POST /api/{version}/purchase-invoices/{id}/reactivate
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reactivate(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The purchase order operations of the Exsited API over an Exsited\Client: new Exsited\PurchaseOrderService($client); answers are stdClass objects (arrays with assoc). */
    class PurchaseOrderService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the purchase orders, one page at a time.
         * GET /api/{version}/purchase-orders
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/purchase-orders
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a purchase order.
         * GET /api/{version}/purchase-orders/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a purchase order.
         * DELETE /api/{version}/purchase-orders/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reactivates a purchase order.
         * POST /api/{version}/purchase-orders/{id}/reactivate
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reactivate(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Cancels a purchase order.
         * POST /api/{version}/purchase-orders/{id}/cancel
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function cancel(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the information of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/information
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsInformation(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a line of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/lines/{uuid}
         * @param string|int $id
         * @param string|int $lineUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readLineDetails(mixed $id, mixed $lineUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the lines of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/lines
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readLines(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates a purchase order.
         * POST /api/{version}/purchase-orders
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the information of a purchase order.
         * PATCH /api/{version}/purchase-orders/{id}/information
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function change(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the purchase orders of an account, one page at a time.
         * GET /api/{version}/accounts/{account_id}/purchase-orders
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountPurchaseOrders(mixed $accountId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The purchase payments operations of the Exsited API over an Exsited\Client: new Exsited\PurchasePaymentsService($client); answers are stdClass objects (arrays with assoc). */
    class PurchasePaymentsService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the purchase payments, one page at a time.
         * GET /api/{version}/purchase-payments
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllPurchasePayments(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAllPurchasePayments, fetched lazily page by page.
         * GET /api/{version}/purchase-payments
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllPurchasePayments(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a purchase payment.
         * GET /api/{version}/purchase-payments/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsPurchasePayments(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a purchase payment.
         * PATCH /api/{version}/purchase-payments/{purchase_payment_id}
         * @param string|int $PurchasePaymentId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updatePurchasePayments(mixed $PurchasePaymentId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a purchase payment.
         * DELETE /api/{version}/purchase-payments/{purchase_payment_id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deletePurchasePayments(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates a purchase payment.
         * POST /api/{version}/purchase-payments
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchasePayments(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a purchase payment to a purchase invoice.
         * POST /api/{version}/purchase-invoices/{purchase_invoice_id}/purchase-payments
         * @param string|int $purchaseInvoiceId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPurchaseInvoicePurchasePayments(mixed $purchaseInvoiceId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the purchase payments of a purchase order.
         * GET /api/{version}/purchase-orders/{id}/purchase-payments
         * @param string|int $orderId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderPurchasePayments(mixed $orderId, ?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readPurchaseOrderPurchasePayments, fetched lazily page by page.
         * GET /api/{version}/purchase-orders/{id}/purchase-payments
         * @param string|int $orderId
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iteratePurchaseOrderPurchasePayments(mixed $orderId, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads the purchase payments of an account.
         * GET /api/{version}/accounts/{id}/purchase-payments
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountPurchasePayments(mixed $accountId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the information of a purchase payment.
         * PATCH /api/{version}/purchase-payments/{purchase_payment_id}/information
         * @param string|int $PurchasePaymentId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updatePurchasePaymentsInformation(mixed $PurchasePaymentId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The purchase refund operations of the Exsited API over an Exsited\Client: new Exsited\PurchaseRefundService($client); answers are stdClass objects (arrays with assoc). */
    class PurchaseRefundService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the purchase refunds, one page at a time.
         * GET /api/{version}/purchase-refunds
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/purchase-refunds
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a purchase refund.
         * GET /api/{version}/purchase-refunds/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the purchase refunds of an account.
         * GET /api/{version}/accounts/{id}/purchase-refunds
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountPurchaseRefunds(mixed $accountId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a purchase refund.
         * DELETE /api/{version}/purchase-refunds/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** Lazy iterator over every record of a paged list, one page request at a time. */
    class RecordIterator implements \Iterator
    {
        public function __construct() {}
        public function current(): mixed {}
        public function key(): ?int {}
        public function next(): void {}
        public function rewind(): void {}
        public function valid(): bool {}
    }

    /** The refund operations of the Exsited API over an Exsited\Client: new Exsited\RefundService($client); answers are stdClass objects (arrays with assoc). */
    class RefundService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the refunds, one page at a time.
         * GET /api/{version}/refunds
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllRefunds(mixed $apiVersion, mixed $queryParams, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAllRefunds, fetched lazily page by page.
         * GET /api/{version}/refunds
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllRefunds(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a refund.
         * GET /api/{version}/refunds/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the refunds of an account.
         * GET /api/{version}/accounts/{id}/refunds
         * @param string|int $accountId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountRefunds(mixed $accountId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a refund to a credit note.
         * POST /api/{version}/credit-notes/{cn_id}/refunds
         * @param string|int $creditNotesId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $creditNotesId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a refund.
         * DELETE /api/{version}/refunds/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * PATCH refunds/{id}/information (the documented PHP SDK's RefundData::update).
         * PATCH /api/{version}/refunds/{id}/information
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The rental asset profiles operations of the Exsited API over an Exsited\Client: new Exsited\RentalAssetProfilesService($client); answers are stdClass objects (arrays with assoc). */
    class RentalAssetProfilesService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Creates a rental asset profile.
         * POST /api/{version}/rental-asset-profiles
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a rental asset profile.
         * PATCH /api/{version}/rental-asset-profiles/{profile_uuid}
         * @param string|int $rentalAssetProfileUUID
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $rentalAssetProfileUUID, mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the rental asset profiles, one page at a time.
         * GET /api/{version}/rental-asset-profiles
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/rental-asset-profiles
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a rental asset profile.
         * GET /api/{version}/rental-asset-profiles/{profile_uuid}
         * @param string|int $rentalAssetProfileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $rentalAssetProfileUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a rental asset profile.
         * DELETE /api/{version}/rental-asset-profiles/{profile_uuid}
         * @param string|int $rentalAssetProfileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $rentalAssetProfileUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The rental asset operations of the Exsited API over an Exsited\Client: new Exsited\RentalAssetService($client); answers are stdClass objects (arrays with assoc). */
    class RentalAssetService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the rental asset availability, one page at a time.
         * GET /api/{version}/rental-asset-availability
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function listAvailability(mixed $queryParams = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of listAvailability, fetched lazily page by page.
         * GET /api/{version}/rental-asset-availability
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAvailability(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Updates the rental asset availability.
         * PATCH /api/{version}/rental-asset-availability
         * Without $apiVersion this method uses v3, whatever the configured version.
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateAvailability(mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the rental assets, one page at a time.
         * GET /api/{version}/rental-assets
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/rental-assets
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a rental asset.
         * GET /api/{version}/rental-assets/{rental_asset_uuid}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates a rental asset.
         * POST /api/{version}/rental-assets
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a rental asset.
         * PATCH /api/{version}/rental-assets/{rental_asset_uuid}
         * @param array<string, mixed>|object $params
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $params, mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a rental asset.
         * DELETE /api/{version}/rental-assets/{rental_asset_uuid}
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The reports operations of the Exsited API over an Exsited\Client: new Exsited\ReportsService($client); answers are stdClass objects (arrays with assoc). */
    class ReportsService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the account overview in the accounts in the reports, one page at a time.
         * GET /api/{version}/reports/accounts/account_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountOverview(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAccountOverview, fetched lazily page by page.
         * GET /api/{version}/reports/accounts/account_overview
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAccountOverview(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the invoice overview in the invoices in the reports, one page at a time.
         * GET /api/{version}/reports/invoices/invoice_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceOverview(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readInvoiceOverview, fetched lazily page by page.
         * GET /api/{version}/reports/invoices/invoice_overview
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateInvoiceOverview(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the order overview in the orders in the reports, one page at a time.
         * GET /api/{version}/reports/orders/order_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readOrderOverview(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readOrderOverview, fetched lazily page by page.
         * GET /api/{version}/reports/orders/order_overview
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateOrderOverview(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the purchase invoice overview in the purchase invoices in the reports, one page at a time.
         * GET /api/{version}/reports/purchase_invoices/purchase_invoice_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseInvoiceOverview(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readPurchaseInvoiceOverview, fetched lazily page by page.
         * GET /api/{version}/reports/purchase_invoices/purchase_invoice_overview
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iteratePurchaseInvoiceOverview(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads the purchase order overview in the purchase orders in the reports.
         * GET /api/{version}/reports/purchase_orders/purchase_order_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchaseOrderOverview(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readPurchaseOrderOverview, fetched lazily page by page.
         * GET /api/{version}/reports/purchase_orders/purchase_order_overview
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iteratePurchaseOrderOverview(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads the payment and refund overview in the transactions in the reports.
         * GET /api/{version}/reports/transactions/payment_and_refund_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentAndRefundOverview(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readPaymentAndRefundOverview, fetched lazily page by page.
         * GET /api/{version}/reports/transactions/payment_and_refund_overview
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iteratePaymentAndRefundOverview(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads the purchase payment and refund overview in the purchase transactions in the reports.
         * GET /api/{version}/reports/purchase_transactions/purchase_payment_and_refund_overview
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPurchasePaymentAndRefundOverview(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readPurchasePaymentAndRefundOverview, fetched lazily page by page.
         * GET /api/{version}/reports/purchase_transactions/purchase_payment_and_refund_overview
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iteratePurchasePaymentAndRefundOverview(?array $options = NULL): \Exsited\RecordIterator {}
    }

    /** The rma operations of the Exsited API over an Exsited\Client: new Exsited\RmaService($client); answers are stdClass objects (arrays with assoc). */
    class RmaService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the return merchandise authorisations, one page at a time.
         * GET /api/{version}/return-merchandise-authorisations
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/return-merchandise-authorisations
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the receive of a return merchandise authorisation of an invoice, one page at a time.
         * GET /api/{version}/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive
         * @param string|int $id
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceRmaReceiveAll(mixed $id, mixed $invoiceId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a return merchandise authorisation.
         * GET /api/{version}/return-merchandise-authorisations/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the return merchandise authorisations of an invoice, one page at a time.
         * GET /api/{version}/invoices/{id}/return-merchandise-authorisations
         * @param string|int $invoiceId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceAllRma(mixed $invoiceId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a return merchandise authorisation of an invoice.
         * GET /api/{version}/invoices/{id}/return-merchandise-authorisations/{rma_id}
         * @param string|int $invoiceId
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readInvoiceRmaDetails(mixed $invoiceId, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a return merchandise authorisation to an invoice.
         * POST /api/{version}/invoices/{id}/return-merchandise-authorisations
         * @param string|int $invoiceId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createInvoiceRma(mixed $invoiceId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Receives a return merchandise authorisation of an invoice.
         * POST /api/{version}/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive
         * @param string|int $id
         * @param string|int $invoiceId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createInvoiceRmaReceive(mixed $id, mixed $invoiceId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The setting operations of the Exsited API over an Exsited\Client: new Exsited\SettingService($client); answers are stdClass objects (arrays with assoc). */
    class SettingService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the settings, one page at a time.
         * GET /api/{version}/settings
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/settings
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the payment processors in the settings, one page at a time.
         * GET /api/{version}/settings/payment_processors
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentProcessors(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the pricing levels in the settings, one page at a time.
         * GET /api/{version}/settings/pricing_levels
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPricingLevels(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the item groups in the settings, one page at a time.
         * GET /api/{version}/settings/item_groups
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readItemGroups(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readItemGroups, fetched lazily page by page.
         * GET /api/{version}/settings/item_groups
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateItemGroups(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the currencies in the settings, one page at a time.
         * GET /api/{version}/settings/currencies
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCurrencies(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the taxes in the settings, one page at a time.
         * GET /api/{version}/settings/taxes
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readTaxes(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the discount profiles in the settings, one page at a time.
         * GET /api/{version}/settings/discount_profiles
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDiscountProfiles(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the discount profiles in the settings, one page at a time.
         * GET /api/{version}/settings/discount_profiles
         * @param string|int|null $redemptionCode
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readRedemptionCodeDetails(mixed $redemptionCode, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the warehouses in the settings, one page at a time.
         * GET /api/{version}/settings/warehouses
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAllWarehouse(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAllWarehouse, fetched lazily page by page.
         * GET /api/{version}/settings/warehouses
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAllWarehouse(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the shipping profiles in the settings, one page at a time.
         * GET /api/{version}/settings/shipping-profiles
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readShippingProfile(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the components in the settings, one page at a time.
         * GET /api/{version}/settings/components
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readComponents(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the variations in the settings, one page at a time.
         * GET /api/{version}/settings/variations
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readVariations(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a variation in the settings.
         * PATCH /api/{version}/settings/variations/{uuid}
         * @param array<string, mixed>|object|null $params
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeVariations(mixed $params, mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Adds a variation to the settings.
         * POST /api/{version}/settings/variations
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createVariations(mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the account in the field settings in the settings.
         * PATCH /api/{version}/settings/field_settings/account
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateAccountFieldSettings(mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the item in the field settings in the settings.
         * PATCH /api/{version}/settings/field_settings/item
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateItemFieldSettings(mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the date and time in the general settings in the settings.
         * PATCH /api/{version}/settings/general_settings/date_and_time
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateDateAndTimeSettings(mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the account in the general settings in the settings.
         * PATCH /api/{version}/settings/general_settings/account
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateAccountGeneralSettings(mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the item in the general settings in the settings.
         * PATCH /api/{version}/settings/general_settings/item
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateItemGeneralSettings(mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a warehouse in the settings.
         * GET /api/{version}/settings/warehouses/{uuid}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readWarehouseDetails(mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a variation in the settings.
         * GET /api/{version}/settings/variations/{uuid}
         * @param string|int $variationUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readVariationById(mixed $variationUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the custom logic script in the settings, one page at a time.
         * GET /api/{version}/settings/custom-logic-script
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomLogicScripts(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a custom logic script in the settings.
         * GET /api/{version}/settings/custom-logic-script/{uuid}
         * @param string|int $scriptId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomLogicScriptDetails(mixed $scriptId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the API action script.
         * GET /api/{version}/api-action-script
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readApiActionScript(mixed $queryParams = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readApiActionScript, fetched lazily page by page.
         * GET /api/{version}/api-action-script
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateApiActionScript(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads the workflow count all in the API action script.
         * GET /api/{version}/api-action-script/workflow_count_all
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readApiActionScriptAdminWorkflowCountAll(mixed $queryParams = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readApiActionScriptAdminWorkflowCountAll, fetched lazily page by page.
         * GET /api/{version}/api-action-script/workflow_count_all
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateApiActionScriptAdminWorkflowCountAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a discount profile in the settings.
         * GET /api/{version}/settings/discount_profiles/{uuid}
         * @param string|int $discountProfileUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDiscountProfileDetails(mixed $discountProfileUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads the custom attributes in the settings.
         * GET /api/{version}/settings/custom_attributes
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomAttributes(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET settings/custom_attributes/{customAttributeUUID} (the documented PHP SDK's SettingData::readCustomAttributeDetails).
         * GET /api/{version}/settings/custom_attributes/{customAttributeUUID}
         * @param string|int $customAttributeUUID
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomAttributeDetails(mixed $customAttributeUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST settings/item_groups (the documented PHP SDK's SettingData::createItemGroup).
         * POST /api/{version}/settings/item_groups
         * @param array<string, mixed>|object|null $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createItemGroup(mixed $params = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The settings operations of the Exsited API over an Exsited\Client: new Exsited\SettingsService($client); answers are stdClass objects (arrays with assoc). */
    class SettingsService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Reads a warehouse in the settings.
         * GET /api/{version}/settings/warehouses/{uuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getWarehouseSettings(mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a variation in the settings.
         * GET /api/{version}/settings/variations/{uuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $uuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getVariationSettings(mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The task operations of the Exsited API over an Exsited\Client: new Exsited\TaskService($client); answers are stdClass objects (arrays with assoc). */
    class TaskService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the tasks, one page at a time.
         * GET /api/{version}/tasks
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/tasks
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a task.
         * GET /api/{version}/tasks/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the checklist of a task, one page at a time.
         * GET /api/{version}/tasks/{id}/checklist
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readChecklist(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates a task.
         * POST /api/{version}/tasks
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $payload, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates the checklist of a task.
         * POST /api/{version}/tasks/{id}/checklist
         * @param string|int $id
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createChecklist(mixed $id, mixed $payload, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a checklist of a task.
         * PATCH /api/{version}/tasks/{id}/checklist/{checklist_id}
         * @param string|int $id
         * @param string|int $checklistId
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateChecklist(mixed $id, mixed $checklistId, mixed $payload, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a task.
         * DELETE /api/{version}/tasks/{id}
         * @param string|int $id
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a checklist of a task.
         * DELETE /api/{version}/tasks/{id}/checklist/{checklist_id}
         * @param string|int $id
         * @param string|int $checklistId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteChecklist(mixed $id, mixed $checklistId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * PATCH tasks/{id}/information (the documented PHP SDK's TaskData::update).
         * PATCH /api/{version}/tasks/{id}/information
         * @param string|int $id
         * @param array<string, mixed>|object $payload
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $id, mixed $payload, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The timesheet operations of the Exsited API over an Exsited\Client: new Exsited\TimesheetService($client); answers are stdClass objects (arrays with assoc). */
    class TimesheetService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the timesheets, one page at a time.
         * GET /api/{version}/timesheets
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Reads a timesheet.
         * GET /api/{version}/timesheets/{uuid}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates a timesheet.
         * POST /api/{version}/timesheets
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a timesheet.
         * PATCH /api/{version}/timesheets/{uuid}
         * @param string|int $uuId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $uuId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a timesheet.
         * DELETE /api/{version}/timesheets/{uuid}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The usages operations of the Exsited API over an Exsited\Client: new Exsited\UsagesService($client); answers are stdClass objects (arrays with assoc). */
    class UsagesService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the usages, one page at a time.
         * GET /api/{version}/usages
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param string|array<string, scalar|null>|null $queryParams
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAll(mixed $apiVersion, mixed $queryParams, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of readAll, fetched lazily page by page.
         * GET /api/{version}/usages
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Reads a usage.
         * GET /api/{version}/usages/{uuid}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates a usage.
         * PATCH /api/{version}/usages/{uuid}
         * @param string|int $uuId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function change(mixed $uuId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Replaces a usage.
         * PUT /api/{version}/usages/{uuid}
         * @param string|int $uuId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $uuId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Deletes a usage.
         * DELETE /api/{version}/usages/{uuid}
         * @param string|int $uuId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $uuId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates a usage.
         * POST /api/{version}/usages
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The user settings operations of the Exsited API over an Exsited\Client: new Exsited\UserSettingsService($client); answers are stdClass objects (arrays with assoc). */
    class UserSettingsService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Lists the user settings, one page at a time.
         * GET /api/{version}/user_settings
         * @param string|int|null $userUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readUserSettings(mixed $userUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }

    /** The workflow operations of the Exsited API over an Exsited\Client: new Exsited\WorkflowService($client); answers are stdClass objects (arrays with assoc). */
    class WorkflowService
    {
        public function __construct(\Exsited\Client $client) {}
        /**
         * Sends a component.
         * POST /api/{version}/component/{uuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createComponentWithWorkflow(mixed $componentUuid, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the records of a component, one page at a time.
         * GET /api/{version}/component/{uuid}/{id}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $componentId
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getComponentWithWorkflow(mixed $componentUuid, mixed $componentId, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the records of a component in the workflow, one page at a time.
         * GET /api/{version}/workflow/component/{componentUuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getWorkflowDetails(mixed $componentUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates the milestone of a component in the workflow.
         * POST /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $componentId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addMilestone(mixed $componentUuid, mixed $componentId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Updates the milestone of a component in the workflow.
         * PATCH /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $componentId
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateMilestone(mixed $componentUuid, mixed $componentId, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the milestone of a component in the workflow, one page at a time.
         * GET /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $componentId
         * @param string|array<string, scalar|null>|null $queryParams
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getMilestones(mixed $componentUuid, mixed $componentId, mixed $queryParams = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Every record of getMilestones, fetched lazily page by page.
         * GET /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone
         * @param string|int $componentUuid
         * @param string|int $componentId
         * @param array{limit?: int, offset?: int, order_by?: string, direction?: 'asc'|'desc', apiVersion?: string, timeout?: float, max_retries?: int, deadline?: float, extra_headers?: array<string, string>}|null $options
         * @return \Exsited\RecordIterator
         * @throws \Api\AppService\AutoBillApiException
         */
        public function iterateMilestones(mixed $componentUuid, mixed $componentId, ?array $options = NULL): \Exsited\RecordIterator {}
        /**
         * Lists the records of a milestone of a component in the workflow, one page at a time.
         * GET /api/{version}/workflow/component/{componentUuid}/{componentId}/milestone/{milestoneUuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $componentUuid
         * @param string|int $componentId
         * @param string|int $milestoneUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getMilestoneDetails(mixed $componentUuid, mixed $componentId, mixed $milestoneUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Creates an alert responsibility.
         * POST /api/{version}/alert_responsibility
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param array<string, mixed>|object $params
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createAlertResponsibility(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the alert responsibility, one page at a time.
         * GET /api/{version}/alert_responsibility
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getAlertResponsibilities(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the records of an alert responsibility, one page at a time.
         * GET /api/{version}/alert_responsibility/{alertResponsibilityUuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $alertResponsibilityUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getAlertResponsibilityDetails(mixed $alertResponsibilityUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Lists the records of a workflow, one page at a time.
         * GET /api/{version}/workflow/{workflowVersionUuid}
         * Without $apiVersion this method uses v2, whatever the configured version.
         * @param string|int $workflowVersionUuid
         * @param 'v1'|'v2'|'v3'|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getWorkflowDefinition(mixed $workflowVersionUuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
    }
}

namespace Exsited\Exception {
    /** The server answered with an HTTP error status. */
    class ApiException extends \Exsited\Exception\ExsitedException
    {
    }

    class AuthenticationException extends \Exsited\Exception\ApiException
    {
    }

    /** Bad client options or configuration files. */
    class ConfigException extends \Exsited\Exception\UsageException
    {
    }

    class ConflictException extends \Exsited\Exception\ApiException
    {
    }

    class ConnectionException extends \Exsited\Exception\ExsitedException
    {
    }

    class DecodeException extends \Exsited\Exception\ExsitedException
    {
    }

    /** An Exsited failure: status code, the API's error messages and the raw answer (secrets masked). */
    class ExsitedException extends \Api\AppService\AutoBillApiException
    {
        protected $statusCode = null;
        protected $errors = null;
        protected $rawResponse = null;
        protected $kind = null;
        protected $operation = null;
        protected $retryAfter = null;
        protected $requestId = null;
        protected $headers = null;
        public function getStatusCode(): ?int {}
        public function getErrors(): array {}
        public function getRawResponse(): mixed {}
        public function getKind(): string {}
        public function getOperation(): ?string {}
        public function getRetryAfter(): ?float {}
        public function getRequestId(): ?string {}
        public function getHeaders(): array {}
    }

    class NotFoundException extends \Exsited\Exception\ApiException
    {
    }

    class PermissionDeniedException extends \Exsited\Exception\ApiException
    {
    }

    class RateLimitException extends \Exsited\Exception\ApiException
    {
    }

    class ServerException extends \Exsited\Exception\ApiException
    {
    }

    class TimeoutException extends \Exsited\Exception\ExsitedException
    {
    }

    /** Bad input, found before any request was sent. */
    class UsageException extends \Exsited\Exception\ExsitedException
    {
    }

    class ValidationException extends \Exsited\Exception\ApiException
    {
    }
}
