<?php
// Served by the php-fpm check: the documented SDK's OrderData, built as apps build it, on
// every other request (the same settings as list-accounts.php, so the same token).
$cm = new Api\ApiHelper\Config\ConfigManager(__DIR__);
$config = $cm->getConfigWithCredentials([
    'apiUrl' => getenv('SANDBOX_URL'),
    'client_id' => 'sandbox-client',
    'client_secret' => 'sandbox-secret',
]);
$orders = new Api\AppService\Order\OrderData(new Api\Component\ApiConfig($config));
$created = $orders->create(['name' => 'fpm order ' . getmypid()]);
$page = $orders->readAll(null, ['limit' => 2]);
header('Content-Type: text/plain');
printf("ok order=%s orders=%d pid=%d\n", $created->order->id, count($page->orders), getmypid());
