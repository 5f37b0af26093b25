<?php
// An application written for the documented PHP SDK keeps working: ConfigManager reads
// token.json and sdk-config.json, AccountData has the same methods. This example writes
// both files to a temporary directory first (from connect.php's settings).

declare(strict_types=1);

require __DIR__ . '/connect.php';

use Api\ApiHelper\Config\ConfigManager;
use Api\AppService\Account\AccountData;
use Api\AppService\AutoBillApiException;
use Api\Component\ApiConfig;

$o = exsited_client_options();
$dir = sys_get_temp_dir() . '/exsited-example-config-' . getmypid();
@mkdir($dir, 0700);
file_put_contents("$dir/token.json", json_encode([[
    'apiUrl' => $o['base_url'], 'appUrl' => '', 'client_id' => $o['client_id'], 'client_secret' => $o['client_secret'],
    'access_token' => '', 'refresh_token' => '', 'redirect_uri' => $o['redirect_uri'],
]], JSON_PRETTY_PRINT));
file_put_contents("$dir/sdk-config.json", json_encode(['apiVersion' => 'v3', 'reQuestTimeOut' => 240]));
chmod("$dir/token.json", 0600);

$cm = new ConfigManager($dir);
$accountService = new AccountData(new ApiConfig($cm->getConfig()));
try {
    $response = $accountService->readAll('v2');
    show('AccountData::readAll', $response);
    echo 'first account name: ', $response->accounts[0]->name ?? '(none)', "\n";
} catch (AutoBillApiException $e) {
    echo 'Error: ' . $e->getMessage(), "\n";
} finally {
    unlink("$dir/token.json");
    unlink("$dir/sdk-config.json");
    rmdir($dir);
}
