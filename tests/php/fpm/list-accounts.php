<?php
// Served by the php-fpm check: a fresh Exsited\Client on every request.
$client = new Exsited\Client([
    'base_url' => getenv('SANDBOX_URL'),
    'client_id' => 'sandbox-client',
    'client_secret' => 'sandbox-secret',
]);
$accounts = new Exsited\AccountService($client);
$response = $accounts->readAll(null, ['limit' => 2]);
header('Content-Type: text/plain');
printf("ok accounts=%d pid=%d token_requests=%d\n", count($response->accounts), getmypid(), $client->getTokenRequestCount());
