<?php
// The account functions of the Exsited SDK documentation, one method each, called the way
// the documentation calls them ($this->accountService->...). Run: php -d extension=exsited
// examples/php/account_functions.php (see connect.php for where it connects).

declare(strict_types=1);

require __DIR__ . '/connect.php';

final class AccountFunctions
{
    private Exsited\AccountService $accountService;
    private string $id = '';
    private string $addressUUID = '';
    private string $noteUUID = '';
    private string $fileUUID = '';
    private string $emailUUID = '';
    private string $filePath;
    private string $imagePath;

    public function __construct()
    {
        $this->accountService = new Exsited\AccountService(new Exsited\Client(exsited_client_options()));
        $dir = sys_get_temp_dir();
        $this->filePath = "$dir/exsited-example-note.txt";
        file_put_contents($this->filePath, "A note attachment from the PHP example.\n");
        $this->imagePath = "$dir/exsited-example-image.png";
        file_put_contents($this->imagePath, base64_decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='));
    }

    public function testReadAll(): void
    {
        show('readAll', $this->accountService->readAll('v2', '?limit=2&order_by=created_on&direction=desc'));
    }

    public function testCreate(): void
    {
        $params = ['name' => 'Example Pty Ltd', 'email_address' => 'accounts@example.com'];
        $response = $this->accountService->create($params, 'v3');
        $this->id = $response->account->id;
        show('create', $response);
    }

    public function testReadDetails(): void
    {
        show('readDetails', $this->accountService->readDetails($this->id));
    }

    public function testReadDetailsInformation(): void
    {
        show('readDetailsInformation', $this->accountService->readDetailsInformation($this->id, 'v3'));
    }

    public function testUpdate(): void
    {
        $params = ['name' => 'Example Holdings', 'display_name' => 'Example', 'description' => 'updated from PHP'];
        show('update', $this->accountService->update($params, $this->id, 'v3'));
    }

    public function testUpdateContactTypeDetails(): void
    {
        $params = ['account' => ['contact' => [
            'first_name' => 'Ada',
            'last_name' => 'Lovelace',
            'email' => ['address' => 'ada@example.com', 'do_not_email' => 'false'],
            'phone' => ['country_code' => '+61', 'area_code' => '03', 'number' => '5550100', 'do_not_call' => 'true'],
        ]]];
        show('updateContactTypeDetails', $this->accountService->updateContactTypeDetails($params, $this->id, 'CONTACT_1', 'v3'));
    }

    public function testChangeContactTypeDetails(): void
    {
        $params = ['account' => ['contact' => ['first_name' => 'Ada', 'last_name' => 'King']]];
        show('changeContactTypeDetails', $this->accountService->changeContactTypeDetails($params, $this->id, 'CONTACT_1', 'v3'));
    }

    public function testReadContactDetails(): void
    {
        show('readContactDetails', $this->accountService->readContactDetails($this->id, 'v3'));
    }

    public function testReadContactTypeDetails(): void
    {
        show('readContactTypeDetails', $this->accountService->readContactTypeDetails($this->id, 'CONTACT_1', 'v3'));
    }

    public function testDeleteContactTypeDetails(): void
    {
        show('deleteContactTypeDetails', $this->accountService->deleteContactTypeDetails($this->id, 'CONTACT_1', 'v3'));
    }

    public function testCreateAddresses(): void
    {
        $params = ['addresses' => [[
            'address_line_1' => '1 Collins Street', 'post_code' => '3000', 'city' => 'Melbourne',
            'state' => 'Victoria', 'country' => 'Australia', 'default_billing' => 'true', 'default_shipping' => 'false',
        ]]];
        $response = $this->accountService->createAddresses($this->id, $params, 'v3');
        $this->addressUUID = $response->account->addresses[0]->uuid;
        show('createAddresses', $response);
    }

    public function testReadAddresses(): void
    {
        show('readAddresses', $this->accountService->readAddresses($this->id));
    }

    public function testReadAddressDetails(): void
    {
        show('readAddressDetails', $this->accountService->readAddressDetails($this->id, $this->addressUUID));
    }

    public function testChangeAddresses(): void
    {
        $params = ['address' => ['address_line_2' => 'Level 4', 'city' => 'Melbourne', 'isDefaultShipping' => 'true']];
        show('changeAddresses', $this->accountService->changeAddresses($this->id, $params, $this->addressUUID, 'v3'));
    }

    public function testDeleteAddress(): void
    {
        show('deleteAddress', $this->accountService->deleteAddress($this->id, $this->addressUUID));
    }

    public function testCreatePaymentMethod(): void
    {
        $params = ['processor_type' => 'OTHER', 'default' => true, 'payment_processor' => 'Cheque', 'reference' => 'Cheque-Ref'];
        show('createPaymentMethod', $this->accountService->createPaymentMethod($params, $this->id, 'v3'));
    }

    public function testCreateCardPaymentMethod(): void
    {
        $params = [
            'processor_type' => 'DIRECT_CREDIT', 'default' => false, 'payment_processor' => 'securepay',
            'card_type' => 'Visa', 'token' => 'tok_example_0001', 'card_number' => '1111',
            'expiry_month' => '01', 'expiry_year' => '2031', 'reference' => 'Card-Ref',
        ];
        show('createCardPaymentMethod', $this->accountService->createCardPaymentMethod($params, $this->id));
    }

    public function testReadPaymentMethod(): void
    {
        show('readPaymentMethod', $this->accountService->readPaymentMethod($this->id, 'v3'));
    }

    public function testReadDetailsPaymentMethod(): void
    {
        show('readDetailsPaymentMethod', $this->accountService->readDetailsPaymentMethod($this->id, 'Cheque-Ref', 'v3'));
    }

    public function testUpdatesPaymentMethodAllData(): void
    {
        $params = ['default' => 'false', 'use_for_specified_orders' => 'false', 'reference' => 'Cheque-Ref-2'];
        show('updatesPaymentMethodAllData', $this->accountService->updatesPaymentMethodAllData($params, $this->id, 'Cheque-Ref', 'v3'));
    }

    public function testDeletePaymentMethod(): void
    {
        show('deletePaymentMethod', $this->accountService->deletePaymentMethod($this->id, 'Card-Ref', 'v3'));
    }

    public function testReadBillingPreference(): void
    {
        show('readBillingPreference', $this->accountService->readBillingPreference($this->id, 'v3'));
    }

    public function testUpdateBillingPreference(): void
    {
        $params = ['account' => ['billing_preferences' => ['invoice_mode' => 'Automatic', 'payment_term' => 'Net 14']]];
        show('updateBillingPreference', $this->accountService->updateBillingPreference($this->id, $params, 'v3'));
    }

    public function testAddNote(): void
    {
        $response = $this->accountService->addNote($this->filePath, 'from the PHP example', $this->id, 'v3');
        $this->noteUUID = $response->account->notes->uuid ?? $response->account->note->uuid;
        show('addNote', $response);
    }

    public function testReadAllNotes(): void
    {
        show('readAllNotes', $this->accountService->readAllNotes($this->id, 'v3'));
    }

    public function testReadNoteDetails(): void
    {
        show('readNoteDetails', $this->accountService->readNoteDetails($this->id, $this->noteUUID, 'v3'));
    }

    public function testAddNoteFiles(): void
    {
        show('addNoteFiles', $this->accountService->addNoteFiles($this->filePath, $this->id, $this->noteUUID, 'v3'));
    }

    public function testReadNoteFiles(): void
    {
        $response = $this->accountService->readNoteFiles($this->id, $this->noteUUID, 'v3');
        $files = $response->account->note->files ?? $response->account->files ?? [];
        $this->fileUUID = $files[0]->uuid ?? '';
        show('readNoteFiles', $response);
    }

    public function testReadNoteFileDetails(): void
    {
        show('readNoteFileDetails', $this->accountService->readNoteFileDetails($this->id, $this->noteUUID, $this->fileUUID, 'v3'));
    }

    public function testDeleteNoteFile(): void
    {
        show('deleteNoteFile', $this->accountService->deleteNoteFile($this->id, $this->noteUUID, $this->fileUUID, 'v3'));
    }

    public function testDeleteNote(): void
    {
        show('deleteNote', $this->accountService->deleteNote($this->id, $this->noteUUID, 'v3'));
    }

    public function testAddImage(): void
    {
        show('addImage', $this->accountService->addImage($this->imagePath, $this->id));
    }

    public function testGetImage(): void
    {
        show('getImage', $this->accountService->getImage($this->id));
    }

    public function testDeleteImage(): void
    {
        show('deleteImage', $this->accountService->deleteImage($this->id));
    }

    // E-mails: not in the documented PHP SDK (its Python twin has them); extras of Exsited\AccountService.
    public function testSendEmail(): void
    {
        $email = ['to' => ['billing@example.com'], 'cc' => [], 'bcc' => [], 'subject' => 'Your statement', 'body' => 'Please find it attached.'];
        $response = $this->accountService->sendEmail($this->id, $email, $this->filePath, 'v3');
        $this->emailUUID = $response->account->communication->email->uuid ?? '';
        show('sendEmail (extra)', $response);
    }

    public function testReadEmails(): void
    {
        show('readEmails (extra)', $this->accountService->readEmails($this->id, 'v3'));
        if ($this->emailUUID !== '') {
            show('readEmailDetails (extra)', $this->accountService->readEmailDetails($this->id, $this->emailUUID, 'v3'));
        }
    }

    public function testReadFinancialSummary(): void
    {
        show('readFinancialSummary', $this->accountService->readFinancialSummary('v2'));
    }

    public function testReadAccountFinancialSummary(): void
    {
        show('readAccountFinancialSummary', $this->accountService->readAccountFinancialSummary($this->id));
    }

    public function testReadOrders(): void
    {
        show('readUnlinkedOrders', $this->accountService->readUnlinkedOrders($this->id));
        show('readLinkedOrders', $this->accountService->readLinkedOrders($this->id));
    }

    public function testReadCustomObject(): void
    {
        show('readCustomObject', $this->accountService->readCustomObject($this->id));
    }

    public function testIterateAll(): void
    {
        $n = 0;
        foreach ($this->accountService->iterateAll(['limit' => 50, 'order_by' => 'created_on']) as $account) {
            $n++;
        }
        show('iterateAll (beyond the reference)', ['accounts_seen' => $n]);
    }

    public function testCancel(): void
    {
        show('cancel', $this->accountService->cancel($this->id, ['account' => ['effective_date' => date('Y-m-d')]], 'v3'));
    }

    public function testReactivate(): void
    {
        show('reactivate', $this->accountService->reactivate($this->id, ['account' => ['effective_date' => date('Y-m-d')]], 'v3'));
    }

    public function testDelete(): void
    {
        show('delete', $this->accountService->delete($this->id, 'v3'));
    }

    public function testErrorHandling(): void
    {
        try {
            $this->accountService->readDetails('NO-SUCH-ACCOUNT');
        } catch (Api\AppService\AutoBillApiException $e) {
            show('error (' . (new ReflectionClass($e))->getShortName() . ')', [
                'status' => $e->getStatusCode(), 'errors' => $e->getErrors(),
            ]);
        }
    }
}

$examples = new AccountFunctions();
$readOnly = ['testReadAll', 'testReadFinancialSummary', 'testIterateAll', 'testErrorHandling'];
$writes = !exsited_is_sandbox() && getenv('EXSITED_EXAMPLES_WRITE') !== '1';
foreach (get_class_methods($examples) as $method) {
    if (!str_starts_with($method, 'test')) {
        continue;
    }
    if ($writes && !in_array($method, $readOnly, true)) {
        continue; // against a real server only read-only calls run, unless EXSITED_EXAMPLES_WRITE=1
    }
    try {
        $examples->$method();
    } catch (Api\AppService\AutoBillApiException $e) {
        echo str_pad($method, 34), 'Error: ', $e->getMessage(), "\n";
    }
}
