<?php
// Served by the php-fpm check: the documented SDK's OrderData, built as apps build it, on
// every other request (the same settings as list-accounts.php, so the same token).
// SdkVersionManager's version lives for one request, as PHP's static properties do: what
// the previous request on this worker chose must be gone (the check counts "fresh=1").
$fresh = Api\ApiHelper\SdkVersionManager::getApiVersion() === 'v3' ? 1 : 0;
$cm = new Api\ApiHelper\Config\ConfigManager(__DIR__);
$config = $cm->getConfigWithCredentials([
    'apiUrl' => getenv('SANDBOX_URL'),
    'client_id' => 'sandbox-client',
    'client_secret' => 'sandbox-secret',
]);
$orders = new Api\AppService\Order\OrderData(new Api\Component\ApiConfig($config));
$created = $orders->create(['name' => 'fpm order ' . getmypid()]);
$page = $orders->readAll(null, ['limit' => 2]);
// Chosen for the rest of this request only.
Api\ApiHelper\SdkVersionManager::setApiVersion('v1');
header('Content-Type: text/plain');
printf("ok order=%s orders=%d fresh=%d pid=%d\n", $created->order->id, count($page->orders), $fresh, getmypid());
