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
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readDetailsInformation(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        public function update(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function cancel(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        public function reactivate(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        public function purge(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readContactDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readContactTypeDetails(mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        public function changeContactTypeDetails(mixed $params, mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        public function updateContactTypeDetails(mixed $params, mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        public function deleteContactTypeDetails(mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        public function readAddresses(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readAddressDetails(mixed $id, mixed $addressUUID, ?string $apiVersion = NULL): mixed {}
        public function createAddresses(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        public function changeAddresses(mixed $id, mixed $params, mixed $addressUUID, ?string $apiVersion = NULL): mixed {}
        public function deleteAddress(mixed $id, mixed $addressUUID, ?string $apiVersion = NULL): mixed {}
        public function readPaymentMethod(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readDetailsPaymentMethod(mixed $id, mixed $ref, ?string $apiVersion = NULL): mixed {}
        public function createPaymentMethod(#[\SensitiveParameter] mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        public function createCardPaymentMethod(#[\SensitiveParameter] mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        public function updatesPaymentMethodAllData(#[\SensitiveParameter] mixed $params, mixed $id, mixed $reference, ?string $apiVersion = NULL): mixed {}
        public function deletePaymentMethod(mixed $id, mixed $ref, ?string $apiVersion = NULL): mixed {}
        public function readBillingPreference(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function updateBillingPreference(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        public function readAllNotes(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readNoteDetails(mixed $id, mixed $noteUUID, ?string $apiVersion = NULL): mixed {}
        public function addNote(mixed $filePath, mixed $note, mixed $id, ?string $apiVersion = NULL): mixed {}
        public function deleteNote(mixed $id, mixed $uuid, ?string $apiVersion = NULL): mixed {}
        public function readNoteFiles(mixed $id, mixed $uuid, ?string $apiVersion = NULL): mixed {}
        public function readNoteFileDetails(mixed $id, mixed $noteUUID, mixed $fileUUID, ?string $apiVersion = NULL): mixed {}
        public function addNoteFiles(mixed $filePath, mixed $id, mixed $noteUUID, ?string $apiVersion = NULL): mixed {}
        public function deleteNoteFile(mixed $id, mixed $noteUUID, mixed $fileUUID, ?string $apiVersion = NULL): mixed {}
        public function getImage(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function addImage(mixed $filePath, mixed $id, ?string $apiVersion = NULL): mixed {}
        public function deleteImage(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readFinancialSummary(?string $apiVersion = NULL): mixed {}
        public function readAccountFinancialSummary(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readUnlinkedOrders(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readLinkedOrders(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readCustomObject(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readCustomObjectDetails(mixed $id, mixed $customObjectUUID, ?string $apiVersion = NULL): mixed {}
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        public function iterateAllNotes(mixed $id, ?array $options = NULL): \Exsited\RecordIterator {}
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
        public function sendEmail(mixed $id, array $email, mixed $filePath = NULL, ?string $apiVersion = NULL): mixed {}
        public function readEmails(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readEmailDetails(mixed $id, mixed $uuid, ?string $apiVersion = NULL): mixed {}
        public function readAll(?string $apiVersion = NULL, mixed $queryParams = NULL): mixed {}
        public function readDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readDetailsInformation(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function create(mixed $params, ?string $apiVersion = NULL): mixed {}
        public function update(mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        public function delete(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function cancel(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        public function reactivate(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        public function purge(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readContactDetails(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readContactTypeDetails(mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        public function changeContactTypeDetails(mixed $params, mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        public function updateContactTypeDetails(mixed $params, mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        public function deleteContactTypeDetails(mixed $id, mixed $contactType, ?string $apiVersion = NULL): mixed {}
        public function readAddresses(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readAddressDetails(mixed $id, mixed $addressUUID, ?string $apiVersion = NULL): mixed {}
        public function createAddresses(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        public function changeAddresses(mixed $id, mixed $params, mixed $addressUUID, ?string $apiVersion = NULL): mixed {}
        public function deleteAddress(mixed $id, mixed $addressUUID, ?string $apiVersion = NULL): mixed {}
        public function readPaymentMethod(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readDetailsPaymentMethod(mixed $id, mixed $ref, ?string $apiVersion = NULL): mixed {}
        public function createPaymentMethod(#[\SensitiveParameter] mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        public function createCardPaymentMethod(#[\SensitiveParameter] mixed $params, mixed $id, ?string $apiVersion = NULL): mixed {}
        public function updatesPaymentMethodAllData(#[\SensitiveParameter] mixed $params, mixed $id, mixed $reference, ?string $apiVersion = NULL): mixed {}
        public function deletePaymentMethod(mixed $id, mixed $ref, ?string $apiVersion = NULL): mixed {}
        public function readBillingPreference(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function updateBillingPreference(mixed $id, mixed $params, ?string $apiVersion = NULL): mixed {}
        public function readAllNotes(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readNoteDetails(mixed $id, mixed $noteUUID, ?string $apiVersion = NULL): mixed {}
        public function addNote(mixed $filePath, mixed $note, mixed $id, ?string $apiVersion = NULL): mixed {}
        public function deleteNote(mixed $id, mixed $uuid, ?string $apiVersion = NULL): mixed {}
        public function readNoteFiles(mixed $id, mixed $uuid, ?string $apiVersion = NULL): mixed {}
        public function readNoteFileDetails(mixed $id, mixed $noteUUID, mixed $fileUUID, ?string $apiVersion = NULL): mixed {}
        public function addNoteFiles(mixed $filePath, mixed $id, mixed $noteUUID, ?string $apiVersion = NULL): mixed {}
        public function deleteNoteFile(mixed $id, mixed $noteUUID, mixed $fileUUID, ?string $apiVersion = NULL): mixed {}
        public function getImage(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function addImage(mixed $filePath, mixed $id, ?string $apiVersion = NULL): mixed {}
        public function deleteImage(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readFinancialSummary(?string $apiVersion = NULL): mixed {}
        public function readAccountFinancialSummary(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readUnlinkedOrders(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readLinkedOrders(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readCustomObject(mixed $id, ?string $apiVersion = NULL): mixed {}
        public function readCustomObjectDetails(mixed $id, mixed $customObjectUUID, ?string $apiVersion = NULL): mixed {}
        public function iterateAll(?array $options = NULL): \Exsited\RecordIterator {}
        public function iterateAllNotes(mixed $id, ?array $options = NULL): \Exsited\RecordIterator {}
    }

    /** Connection settings; new Exsited\Client(['base_url' => .., 'client_id' => .., 'client_secret' => ..]). */
    class Client
    {
        public function __construct(#[\SensitiveParameter] array $options) {}
        public function accountService(): \Exsited\AccountService {}
        public function getApiVersion(): string {}
        public function getBaseUrl(): string {}
        public function getTokenRequestCount(): int {}
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
        public function getStatusCode(): ?int {}
        public function getErrors(): array {}
        public function getRawResponse(): mixed {}
        public function getKind(): string {}
        public function getOperation(): ?string {}
        public function getRetryAfter(): ?float {}
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
