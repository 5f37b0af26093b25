<?php
declare(strict_types=1);

/**
 * Every method of Exsited\AccountService called the way the documentation calls it, checking
 * what the sandbox received and what came back.
 */
final class AccountServiceTest extends ExsitedTestCase
{
    public function testServiceHasEveryDocumentedMethod(): void
    {
        $documented = [
            'readAll', 'readDetails', 'readDetailsInformation', 'create', 'update', 'delete', 'cancel',
            'reactivate', 'purge', 'readContactDetails', 'readContactTypeDetails', 'changeContactTypeDetails',
            'updateContactTypeDetails', 'deleteContactTypeDetails', 'readAddresses', 'readAddressDetails',
            'createAddresses', 'changeAddresses', 'deleteAddress', 'readPaymentMethod', 'readDetailsPaymentMethod',
            'createPaymentMethod', 'createCardPaymentMethod', 'updatesPaymentMethodAllData', 'deletePaymentMethod',
            'readBillingPreference', 'updateBillingPreference', 'readAllNotes', 'readNoteDetails', 'addNote',
            'deleteNote', 'readNoteFiles', 'readNoteFileDetails', 'addNoteFiles', 'deleteNoteFile', 'getImage',
            'addImage', 'deleteImage', 'readFinancialSummary', 'readAccountFinancialSummary', 'readUnlinkedOrders',
            'readLinkedOrders', 'readCustomObject', 'readCustomObjectDetails',
        ];
        self::assertCount(44, $documented);
        foreach ([Exsited\AccountService::class, Api\AppService\Account\AccountData::class] as $class) {
            foreach ($documented as $m) {
                self::assertTrue(method_exists($class, $m), "$class::$m");
                $params = (new ReflectionMethod($class, $m))->getParameters();
                if ($class === Exsited\AccountService::class) {
                    // The modern class adds the call's options array after the documented ones.
                    $options = array_pop($params);
                    self::assertSame('callOptions', $options->getName(), "$m ends with \$callOptions");
                    self::assertTrue($options->isOptional());
                }
                $last = $params[count($params) - 1];
                if ($m !== 'readAll') {
                    self::assertSame('apiVersion', $last->getName(), "$m ends with \$apiVersion");
                    self::assertTrue($last->isOptional());
                }
            }
        }
        $p = array_map(fn ($p) => $p->getName(), (new ReflectionMethod(Exsited\AccountService::class, 'readAll'))->getParameters());
        self::assertSame(['apiVersion', 'queryParams', 'callOptions'], $p);
    }

    public function testReadAllAsDocumented(): void
    {
        Sandbox::seed(3);
        $response = $this->accountService->readAll('v2');
        self::assertRequest('GET', '/api/v2/accounts', null, '');
        self::assertInstanceOf(stdClass::class, $response);
        self::assertIsArray($response->accounts);
        self::assertInstanceOf(stdClass::class, $response->accounts[0]);
        self::assertIsString($response->accounts[0]->name);
        self::assertInstanceOf(stdClass::class, $response->pagination);
        self::assertStringNotContainsString(Sandbox::CLIENT_SECRET, json_encode($response));
        self::assertFalse(property_exists($response, 'autobillCredential'));
    }

    public function testReadAllDefaultsToTheConfiguredVersion(): void
    {
        $this->accountService->readAll();
        self::assertRequest('GET', '/api/v3/accounts');
        $svc = new Exsited\AccountService(self::newClient(['api_version' => 'v2']));
        $svc->readAll();
        self::assertRequest('GET', '/api/v2/accounts');
    }

    public function testClientsOfOneProcessShareTheTokenOfTheirCredentials(): void
    {
        // The sandbox under another name: credentials this process holds no token for yet.
        $url = str_replace('127.0.0.1', 'localhost', Sandbox::url());
        $clients = Exsited\Client::cachedClientCount();
        $v2 = new Exsited\AccountService(self::newClient(['base_url' => $url, 'api_version' => 'v2']));
        $v3 = new Exsited\AccountService(self::newClient(['base_url' => $url, 'api_version' => 'v3']));
        $slow = new Exsited\AccountService(self::newClient(['base_url' => $url, 'timeout' => 17.25]));
        foreach ([$v2, $v3, $slow, $v2] as $service) {
            $service->readAll();
        }
        self::assertRequest('GET', '/api/v2/accounts');
        self::assertSame(2, Exsited\Client::cachedClientCount() - $clients, 'the version is no setting of the client');
        $tokens = array_filter(Sandbox::requests(), fn ($r) => str_starts_with($r['path'], '/api/v1/oauth2/'));
        self::assertCount(1, $tokens, 'one token for the three: a second would end the first');
    }

    public function testReadAllQueryAsStringAndArray(): void
    {
        Sandbox::seed(3);
        $r = $this->accountService->readAll('v3', '?limit=2&order_by=created_on&direction=desc');
        $req = self::assertRequest('GET', '/api/v3/accounts');
        self::assertEquals(['limit' => '2', 'order_by' => 'created_on', 'direction' => 'desc'], $req['query_params']);
        self::assertCount(2, $r->accounts);

        $r = $this->accountService->readAll('v3', ['limit' => 1, 'offset' => 0, 'order_by' => 'name']);
        $req = self::assertRequest('GET', '/api/v3/accounts');
        self::assertEquals(['limit' => '1', 'offset' => '0', 'order_by' => 'name'], $req['query_params']);
        self::assertCount(1, $r->accounts);

        $this->accountService->readAll(queryParams: 'limit=1');
        self::assertRequest('GET', '/api/v3/accounts', null, 'limit=1');
    }

    public function testAccountLifecycleAsDocumented(): void
    {
        $params = ['name' => 'abcd', 'email_address' => 'basicinformationsami123@gmail.com'];
        $response = $this->accountService->create($params, 'v3');
        self::assertRequest('POST', '/api/v3/accounts', ['account' => $params]);
        self::assertSame('abcd', $response->account->name);
        $id = $response->account->id;

        $response = $this->accountService->readDetails($id);
        self::assertRequest('GET', "/api/v3/accounts/$id");
        self::assertSame($id, $response->account->id);

        $response = $this->accountService->readDetailsInformation($id, 'v3');
        self::assertRequest('GET', "/api/v3/accounts/$id/information");
        self::assertSame('abcd', $response->account->name);

        $params = ['name' => 'ABCD', 'display_name' => 'ABCD', 'description' => 'updated description', 'email_address' => 'bhai3@abc.com'];
        $response = $this->accountService->update($params, $id, 'v3');
        self::assertRequest('PATCH', "/api/v3/accounts/$id/information", ['account' => $params]);
        self::assertSame('ABCD', $response->account->name);

        $params = ['account' => ['effective_date' => '2024-12-17']];
        $response = $this->accountService->cancel($id, $params, 'v3');
        self::assertRequest('POST', "/api/v3/accounts/$id/cancel", $params);
        self::assertIsString($response->event_uuid);

        $response = $this->accountService->reactivate($id, $params, 'v3');
        self::assertRequest('POST', "/api/v3/accounts/$id/reactivate", $params);
        self::assertIsString($response->event_uuid);

        $response = $this->accountService->delete($id, 'v3');
        self::assertRequest('DELETE', "/api/v3/accounts/$id");
        self::assertNull($response);
        self::assertNull(self::lastRequest()['headers']['content-type'] ?? null, 'no Content-Type on a bodiless DELETE');

        $other = $this->newAccount('purgeme');
        self::assertNull($this->accountService->purge($other->id));
        self::assertRequest('POST', "/api/v3/accounts/{$other->id}/purge");
    }

    public function testContactsAsDocumented(): void
    {
        $id = $this->newAccount()->id;
        $contactType = 'CONTACT_1';
        $response = $this->accountService->readContactDetails($id, 'v3');
        self::assertRequest('GET', "/api/v3/accounts/$id/contacts");
        self::assertSame($id, $response->account->id);

        $params = ['account' => ['contact' => [
            'salutation' => 'Fraulein', 'designation' => 'CEO', 'first_name' => 'Roza', 'middle_name' => 'rrTabassum',
            'email' => ['address' => 'abc@yopmail.com', 'do_not_email' => 'false'],
            'address_line_1' => '9 Yarra', 'post_code' => '3737', 'city' => 'Abbeyard', 'state' => 'Victoria', 'country' => 'Australia',
            'phone' => ['country_code' => '+61', 'area_code' => '03', 'number' => '546464', 'do_not_call' => 'true'],
            'receive_billing_information' => 'true',
        ]]];
        $response = $this->accountService->updateContactTypeDetails($params, $id, $contactType, 'v3');
        self::assertRequest('PATCH', "/api/v3/accounts/$id/contacts/$contactType", $params);
        self::assertSame('Roza', $response->account->contacts->first_name);

        $params['account']['contact']['first_name'] = 'Rosa';
        $this->accountService->changeContactTypeDetails($params, $id, $contactType, 'v3');
        self::assertRequest('PUT', "/api/v3/accounts/$id/contacts/$contactType", $params);

        $response = $this->accountService->readContactTypeDetails($id, $contactType, 'v3');
        self::assertRequest('GET', "/api/v3/accounts/$id/contacts/$contactType");
        self::assertNotNull($response->account);

        self::assertNull($this->accountService->deleteContactTypeDetails($id, $contactType, 'v3'));
        self::assertRequest('DELETE', "/api/v3/accounts/$id/contacts/$contactType");
    }

    public function testAddressesAsDocumented(): void
    {
        $id = $this->newAccount()->id;
        $params = ['addresses' => [['address_line_1' => 'House 15', 'city' => 'Abbeyard', 'post_code' => '3737']]];
        $response = $this->accountService->createAddresses($id, $params, 'v3');
        self::assertRequest('POST', "/api/v3/accounts/$id/addresses", ['account' => $params]);
        $addressUUID = $response->account->addresses[0]->uuid;

        $response = $this->accountService->readAddresses($id);
        self::assertRequest('GET', "/api/v3/accounts/$id/addresses");
        self::assertCount(1, $response->account->addresses);

        $response = $this->accountService->readAddressDetails($id, $addressUUID);
        self::assertRequest('GET', "/api/v3/accounts/$id/addresses/$addressUUID");
        self::assertNotNull($response->account);

        $params = ['address' => [
            'address_line_1' => 'House 15', 'address_line_2' => 'Road 20', 'address_line_3' => 'Block A',
            'address_line_4' => 'Section 8', 'address_line_5' => 'Road 9', 'post_code' => '3737', 'city' => 'Abbeyard1',
            'state' => 'Victoria', 'country' => 'Australia', 'isDefaultBilling' => 'false', 'isDefaultShipping' => 'false',
        ]];
        $response = $this->accountService->changeAddresses($id, $params, $addressUUID, 'v3');
        self::assertRequest('PATCH', "/api/v3/accounts/$id/addresses/$addressUUID", ['account' => $params]);
        self::assertNotNull($response);

        self::assertNull($this->accountService->deleteAddress($id, $addressUUID));
        self::assertRequest('DELETE', "/api/v3/accounts/$id/addresses/$addressUUID");
    }

    public function testPaymentMethodsAsDocumented(): void
    {
        $id = $this->newAccount()->id;
        $params = ['processor_type' => 'OTHER', 'default' => true, 'payment_processor' => 'Cheque', 'reference' => 'Reference-Ch'];
        $response = $this->accountService->createPaymentMethod($params, $id, 'v3');
        self::assertRequest('POST', "/api/v3/accounts/$id/payment-methods", ['account' => ['payment_method' => $params]]);
        self::assertSame('Reference-Ch', $response->account->payment_method->reference);

        $card = [
            'processor_type' => 'DIRECT_CREDIT', 'default' => true, 'payment_processor' => 'securepay', 'card_type' => 'Visa',
            'token' => '1738992071975167', 'card_number' => '4242', 'expiry_month' => '12', 'expiry_year' => '2025',
            'reference' => 'apiSecurepay',
        ];
        $this->accountService->createCardPaymentMethod($card, $id);
        self::assertRequest('POST', "/api/v3/accounts/$id/payment-methods", ['account' => ['payment_method' => $card]]);

        $response = $this->accountService->readPaymentMethod($id, 'v3');
        self::assertRequest('GET', "/api/v3/accounts/$id/payment-methods");
        self::assertCount(2, $response->account->payment_methods);

        $ref = 'Reference-Ch';
        $response = $this->accountService->readDetailsPaymentMethod($id, $ref, 'v3');
        self::assertRequest('GET', "/api/v3/accounts/$id/payment-methods/$ref");
        self::assertNotNull($response->account);

        $params = ['default' => 'false', 'use_for_specified_orders' => 'true', 'specified_orders' => [['order_id' => 'ORD-IE1DSN-1332']], 'reference' => 'uniReference'];
        $this->accountService->updatesPaymentMethodAllData($params, $id, $ref, 'v3');
        self::assertRequest('PATCH', "/api/v3/accounts/$id/payment-methods/$ref", ['account' => ['payment_method' => $params]]);

        self::assertNull($this->accountService->deletePaymentMethod($id, 'uniReference', 'v3'));
        self::assertRequest('DELETE', "/api/v3/accounts/$id/payment-methods/uniReference");
    }

    public function testBillingPreferencesAsDocumented(): void
    {
        $id = $this->newAccount()->id;
        $response = $this->accountService->readBillingPreference($id, 'v3');
        self::assertRequest('GET', "/api/v3/accounts/$id/billing-preferences");
        self::assertNotNull($response->account->billing_preferences);

        $params = ['account' => ['billing_preferences' => ['communication_profile' => 'Default Communication Profile', 'invoice_mode' => 'Automatic']]];
        $this->accountService->updateBillingPreference($id, $params, 'v3');
        self::assertRequest('PUT', "/api/v3/accounts/$id/billing-preferences", $params);
    }

    public function testNotesAsDocumented(): void
    {
        $id = $this->newAccount()->id;
        $filePaths = self::tempFile('n.txt', "note attachment\n");
        $note = 'from v3 sdk';
        $response = $this->accountService->addNote($filePaths, $note, $id, 'v3');
        $req = self::assertRequest('POST', "/api/v3/accounts/$id/notes");
        $parts = array_column($req['parts'], null, 'name');
        self::assertSame($note, $parts['note']['text']);
        self::assertSame('n.txt', $parts['file']['filename'], 'only the base name is sent');
        $noteUUID = $response->account->notes->uuid;

        $response = $this->accountService->readAllNotes($id, 'v3');
        self::assertRequest('GET', "/api/v3/accounts/$id/notes");
        self::assertCount(1, $response->account->notes);

        $response = $this->accountService->readNoteDetails($id, $noteUUID, 'v3');
        self::assertRequest('GET', "/api/v3/accounts/$id/notes/$noteUUID");
        self::assertNotNull($response->account);

        $second = self::tempFile('m.txt', "second\n");
        $response = $this->accountService->addNoteFiles([$filePaths, $second], $id, $noteUUID, 'v3');
        $req = self::assertRequest('POST', "/api/v3/accounts/$id/notes/$noteUUID/files");
        self::assertSame(['file', 'file'], array_column($req['parts'], 'name'));
        self::assertSame(['n.txt', 'm.txt'], array_column($req['parts'], 'filename'));

        $response = $this->accountService->readNoteFiles($id, $noteUUID, 'v3');
        self::assertRequest('GET', "/api/v3/accounts/$id/notes/$noteUUID/files");
        $files = $response->account->note->files ?? $response->account->files ?? null;
        self::assertNotNull($files);
        $fileUUID = $files[0]->uuid;

        $this->accountService->readNoteFileDetails($id, $noteUUID, $fileUUID, 'v3');
        self::assertRequest('GET', "/api/v3/accounts/$id/notes/$noteUUID/files/$fileUUID");

        self::assertNull($this->accountService->deleteNoteFile($id, $noteUUID, $fileUUID, 'v3'));
        self::assertRequest('DELETE', "/api/v3/accounts/$id/notes/$noteUUID/files/$fileUUID");

        self::assertNull($this->accountService->deleteNote($id, $noteUUID, 'v3'));
        self::assertRequest('DELETE', "/api/v3/accounts/$id/notes/$noteUUID");

        // A note without a file.
        $this->accountService->addNote(null, 'text only', $id);
        $req = self::assertRequest('POST', "/api/v3/accounts/$id/notes");
        self::assertSame(['note'], array_column($req['parts'], 'name'));
    }

    public function testImageAsDocumented(): void
    {
        $id = $this->newAccount()->id;
        $filePath = self::tempFile('img.png', "\x89PNG\r\n\x1a\n0000");
        $response = $this->accountService->addimage($filePath, $id);
        $req = self::assertRequest('POST', "/api/v3/accounts/$id/image");
        self::assertSame('image', $req['parts'][0]['name']);
        self::assertSame('img.png', $req['parts'][0]['filename']);
        self::assertIsString($response->account->image_uri);

        $response = $this->accountService->getImage($id);
        self::assertRequest('GET', "/api/v3/accounts/$id/image");
        self::assertIsString($response->account->image_uri);

        self::assertNull($this->accountService->deleteImage($id));
        self::assertRequest('DELETE', "/api/v3/accounts/$id/image");
    }

    /** Extras (the documented PHP SDK has no e-mail methods): spec rows 38-40. */
    public function testEmailsOnAccountService(): void
    {
        $id = $this->newAccount('mail')->id;
        $attachment = self::tempFile('report.txt', "quarterly\n");
        $response = $this->accountService->sendEmail($id, [
            'to' => ['a@example.com', 'b@example.com'],
            'cc' => 'c@example.com',
            'bcc' => [],
            'subject' => 'Invoice',
            'body' => "Hello,\nsee attached.",
        ], $attachment, 'v3');
        $req = self::assertRequest('POST', "/api/v3/accounts/$id/communications/emails");
        self::assertStringStartsWith('multipart/form-data', $req['headers']['content-type']);
        self::assertSame(['to', 'cc', 'bcc', 'subject', 'body', 'attachment'], array_column($req['parts'], 'name'));
        $parts = array_column($req['parts'], null, 'name');
        self::assertSame('a@example.com,b@example.com', $parts['to']['text']);
        self::assertSame('c@example.com', $parts['cc']['text']);
        self::assertSame('', $parts['bcc']['text']);
        self::assertSame('Invoice', $parts['subject']['text']);
        self::assertSame("Hello,\nsee attached.", $parts['body']['text']);
        self::assertSame('report.txt', $parts['attachment']['filename'], 'only the base name is sent');
        self::assertSame(hash('sha256', "quarterly\n"), $parts['attachment']['sha256']);
        $uuid = $response->account->communication->email->uuid;
        self::assertSame('a@example.com,b@example.com', $response->account->communication->email->to);

        // Without an attachment, the configured version, a single address.
        $this->accountService->sendEmail($id, ['to' => 'd@example.com', 'subject' => 'S', 'body' => 'B']);
        $req = self::assertRequest('POST', "/api/v3/accounts/$id/communications/emails");
        self::assertSame(['to', 'cc', 'bcc', 'subject', 'body'], array_column($req['parts'], 'name'));
        self::assertSame('d@example.com', $req['parts'][0]['text']);

        $response = $this->accountService->readEmails($id, 'v3');
        self::assertRequest('GET', "/api/v3/accounts/$id/communications/emails");
        self::assertCount(2, $response->account->communication->emails);

        $response = $this->accountService->readEmailDetails($id, $uuid);
        self::assertRequest('GET', "/api/v3/accounts/$id/communications/emails/$uuid");
        self::assertSame('Invoice', $response->account->communication->email->subject);

        // Extras of Exsited\AccountService only: the drop-in class keeps the documented surface.
        foreach (['sendEmail', 'readEmails', 'readEmailDetails'] as $m) {
            self::assertFalse(method_exists(Api\AppService\Account\AccountData::class, $m), $m);
        }
        $p = array_map(fn ($p) => $p->getName(), (new ReflectionMethod(Exsited\AccountService::class, 'sendEmail'))->getParameters());
        self::assertSame(['id', 'email', 'filePath', 'apiVersion', 'callOptions'], $p);
    }

    public function testSummariesOrdersAndCustomObjects(): void
    {
        $id = $this->newAccount()->id;
        // The documented SDK pins v2 for the financial summaries, whatever the configured version.
        $r = $this->accountService->readFinancialSummary();
        self::assertRequest('GET', '/api/v2/accounts/financial-summary');
        self::assertNotNull($r->financial_summary);
        $this->accountService->readFinancialSummary('v3');
        self::assertRequest('GET', '/api/v3/accounts/financial-summary');

        $this->accountService->readAccountFinancialSummary($id);
        self::assertRequest('GET', "/api/v2/accounts/$id/financial-summary");

        $r = $this->accountService->readUnlinkedOrders($id);
        self::assertRequest('GET', "/api/v3/accounts/$id/orders/unlinked");
        self::assertSame([], $r->account->orders);
        $this->accountService->readLinkedOrders($id, 'v2');
        self::assertRequest('GET', "/api/v2/accounts/$id/orders/linked");

        $r = $this->accountService->readCustomObject($id);
        self::assertRequest('GET', "/api/v3/accounts/$id/custom_objects");
        self::assertIsArray($r->account->custom_objects);
        try {
            $this->accountService->readCustomObjectDetails($id, 'no-such-object');
            self::fail('expected NotFoundException');
        } catch (Exsited\Exception\NotFoundException $e) {
            self::assertSame(404, $e->getStatusCode());
        }
        self::assertRequest('GET', "/api/v3/accounts/$id/custom_objects/no-such-object");
    }

    public function testPathValuesArePercentEncoded(): void
    {
        try {
            $this->accountService->readDetails('a b/c');
        } catch (Exsited\Exception\NotFoundException) {
        }
        self::assertSame('/api/v3/accounts/a%20b%2Fc', self::lastRequest()['path']);
    }

    public function testAssocGivesArrays(): void
    {
        $svc = new Exsited\AccountService(self::newClient(['assoc' => true]));
        $r = $svc->create(['name' => 'Assoc', 'email_address' => 'assoc@example.com']);
        self::assertIsArray($r);
        self::assertSame('Assoc', $r['account']['name']);
        self::assertIsArray($r['account']['custom_attributes']);
    }

    public function testEmptyJsonObjectsStayObjects(): void
    {
        $id = $this->newAccount()->id;
        $r = $this->accountService->readDetails($id);
        // {} in the answer (e.g. accounting_code) is an empty stdClass, as json_decode gives.
        self::assertInstanceOf(stdClass::class, $r->account->accounting_code);
        self::assertEquals(json_decode(json_encode($r)), $r);
    }

    public function testClientAccessors(): void
    {
        self::assertSame('v3', $this->client->getApiVersion());
        self::assertSame(Sandbox::url(), $this->client->getBaseUrl());
        self::assertInstanceOf(Exsited\AccountService::class, $this->client->accountService());
    }
}
