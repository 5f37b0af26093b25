<?php

// Stubs for the exsited extension 0.1.0.
// Generated from the loaded extension by php/tools/gen-stub.php; do not edit by hand.

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
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/information
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsInformation(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts
         * @param array<string, mixed>|object $params
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * PATCH /api/{version}/accounts/{id}/information
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/cancel
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function cancel(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/reactivate
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reactivate(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/purge
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function purge(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/contacts
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readContactDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param string|int $id
         * @param string|int $contactType
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readContactTypeDetails(mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        /**
         * PUT /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|int $contactType
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeContactTypeDetails(mixed $params, mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        /**
         * PATCH /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|int $contactType
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateContactTypeDetails(mixed $params, mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param string|int $id
         * @param string|int $contactType
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteContactTypeDetails(mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/addresses
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAddresses(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/addresses/{uuid}
         * @param string|int $id
         * @param string|int $addressUUID
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAddressDetails(mixed $id, mixed $addressUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * `$params = ['addresses' => [...]]`.
         * POST /api/{version}/accounts/{id}/addresses
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeAddresses(mixed $id, mixed $params, mixed $addressUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/addresses/{uuid}
         * @param string|int $id
         * @param string|int $addressUUID
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteAddress(mixed $id, mixed $addressUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/payment-methods
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentMethod(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/payment-methods/{reference}
         * @param string|int $id
         * @param string|int $ref
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsPaymentMethod(mixed $id, mixed $ref, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/payment-methods
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createPaymentMethod(#[\SensitiveParameter] mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * For a card; same envelope as createPaymentMethod.
         * POST /api/{version}/accounts/{id}/payment-methods
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function createCardPaymentMethod(#[\SensitiveParameter] mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * PATCH /api/{version}/accounts/{id}/payment-methods/{reference}
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|int $reference
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updatesPaymentMethodAllData(#[\SensitiveParameter] mixed $params, mixed $id, mixed $reference, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/payment-methods/{reference}
         * @param string|int $id
         * @param string|int $ref
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deletePaymentMethod(mixed $id, mixed $ref, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/billing-preferences
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readBillingPreference(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * PUT /api/{version}/accounts/{id}/billing-preferences
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateBillingPreference(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes
         * @param string|int $id
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readNoteDetails(mixed $id, mixed $noteUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/notes
         * @param string|string[]|null $filePath
         * @param string|null $note
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addNote(mixed $filePath, mixed $note, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/notes/{uuid}
         * @param string|int $id
         * @param string|int $uuid
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteNote(mixed $id, mixed $uuid, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}/files
         * @param string|int $id
         * @param string|int $uuid
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readNoteFiles(mixed $id, mixed $uuid, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $id
         * @param string|int $noteUUID
         * @param string|int $fileUUID
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readNoteFileDetails(mixed $id, mixed $noteUUID, mixed $fileUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/notes/{uuid}/files
         * @param string|string[]|null $filePath
         * @param string|int $id
         * @param string|int $noteUUID
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addNoteFiles(mixed $filePath, mixed $id, mixed $noteUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/notes/{uuid}/files/{file_uuid}
         * @param string|int $id
         * @param string|int $noteUUID
         * @param string|int $fileUUID
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteNoteFile(mixed $id, mixed $noteUUID, mixed $fileUUID, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/image
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getImage(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/image
         * @param string|string[]|null $filePath
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addImage(mixed $filePath, mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/image
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteImage(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/financial-summary
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readFinancialSummary(?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/financial-summary
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountFinancialSummary(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/orders/unlinked
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readUnlinkedOrders(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/orders/linked
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readLinkedOrders(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/custom_objects
         * @param string|int $id
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomObject(mixed $id, ?string $apiVersion = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/custom_objects/{uuid}
         * @param string|int $id
         * @param string|int $customObjectUUID
         * @param string|null $apiVersion
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomObjectDetails(mixed $id, mixed $customObjectUUID, ?string $apiVersion = NULL): mixed {}
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
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/information
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsInformation(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts
         * @param array<string, mixed>|object $params
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function create(mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * PATCH /api/{version}/accounts/{id}/information
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function update(mixed $params, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function delete(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/cancel
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function cancel(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/reactivate
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function reactivate(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/purge
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function purge(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/contacts
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readContactDetails(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param string|int $id
         * @param string|int $contactType
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateContactTypeDetails(mixed $params, mixed $id, mixed $contactType, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/contacts/{contact_type}
         * @param string|int $id
         * @param string|int $contactType
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteContactTypeDetails(mixed $id, mixed $contactType, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/addresses
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAddresses(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/addresses/{uuid}
         * @param string|int $id
         * @param string|int $addressUUID
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function changeAddresses(mixed $id, mixed $params, mixed $addressUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/addresses/{uuid}
         * @param string|int $id
         * @param string|int $addressUUID
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteAddress(mixed $id, mixed $addressUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/payment-methods
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readPaymentMethod(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/payment-methods/{reference}
         * @param string|int $id
         * @param string|int $ref
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readDetailsPaymentMethod(mixed $id, mixed $ref, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/payment-methods
         * @param array<string, mixed>|object $params
         * @param string|int $id
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updatesPaymentMethodAllData(#[\SensitiveParameter] mixed $params, mixed $id, mixed $reference, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/payment-methods/{reference}
         * @param string|int $id
         * @param string|int $ref
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deletePaymentMethod(mixed $id, mixed $ref, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/billing-preferences
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readBillingPreference(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * PUT /api/{version}/accounts/{id}/billing-preferences
         * @param string|int $id
         * @param array<string, mixed>|object $params
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function updateBillingPreference(mixed $id, mixed $params, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes
         * @param string|int $id
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addNote(mixed $filePath, mixed $note, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/notes/{uuid}
         * @param string|int $id
         * @param string|int $uuid
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteNote(mixed $id, mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/notes/{uuid}/files
         * @param string|int $id
         * @param string|int $uuid
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function deleteNoteFile(mixed $id, mixed $noteUUID, mixed $fileUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/image
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function getImage(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * POST /api/{version}/accounts/{id}/image
         * @param string|string[]|null $filePath
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function addImage(mixed $filePath, mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * DELETE /api/{version}/accounts/{id}/image
         * @param string|int $id
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function sendEmail(mixed $id, array $email, mixed $filePath = NULL, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * Python: account_get_email.
         * GET /api/{version}/accounts/{id}/communications/emails
         * @param string|int $id
         * @param string|null $apiVersion
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
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readEmailDetails(mixed $id, mixed $uuid, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/financial-summary
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readFinancialSummary(?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/financial-summary
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readAccountFinancialSummary(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/orders/unlinked
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readUnlinkedOrders(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/orders/linked
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readLinkedOrders(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/custom_objects
         * @param string|int $id
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomObject(mixed $id, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
        /**
         * GET /api/{version}/accounts/{id}/custom_objects/{uuid}
         * @param string|int $id
         * @param string|int $customObjectUUID
         * @param string|null $apiVersion
         * @param array{timeout?: float|int, max_retries?: int, deadline?: float|int, extra_headers?: array<string, string>, idempotency_key?: string}|null $callOptions
         * @return \stdClass|array<string, mixed>|null
         * @throws \Api\AppService\AutoBillApiException
         */
        public function readCustomObjectDetails(mixed $id, mixed $customObjectUUID, ?string $apiVersion = NULL, mixed $callOptions = NULL): mixed {}
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
