<?php
// One PHP process of the fleet test (tests/fleet/run.py): waits for the common start time,
// makes its calls one after the other, prints one JSON line {"ok", "failed", "first_error"}.
//
//   php -d extension=libexsited_php.so worker.php URL CALLS START_AT DURATION_MS VIA [STORE]
//
// VIA says how the token store is given: "none", "option" (Exsited\Client's token_store) or
// "config" (tokenStore in sdk-config.json, read by the drop-in ConfigManager classes).

[$url, $calls, $startAt, $durationMs, $via] = array_slice($argv, 1, 5);
$store = $argv[6] ?? '';
$calls = (int) $calls;
$credentials = ['client_id' => 'sandbox-client', 'client_secret' => 'sandbox-secret',
    'redirect_uri' => 'https://fleet.example/callback'];

if ($via === 'config') {
    $dir = sys_get_temp_dir() . '/exsited-fleet-' . getmypid();
    @mkdir($dir, 0700);
    file_put_contents("$dir/token.json", json_encode([['apiUrl' => $url] + $credentials]));
    file_put_contents("$dir/sdk-config.json", json_encode(['apiVersion' => 'v3', 'tokenStore' => $store]));
    $cm = new Api\ApiHelper\Config\ConfigManager($dir);
    $service = new Api\AppService\Account\AccountData(new Api\Component\ApiConfig($cm->getConfig()));
    $list = fn () => $service->readAll();
} else {
    $options = ['base_url' => $url, 'timeout' => 10] + $credentials;
    if ($via === 'option') {
        $options['token_store'] = $store;
    }
    $service = new Exsited\AccountService(new Exsited\Client($options));
    $list = fn () => $service->readAll();
}

$ok = 0;
$failed = 0;
$first = null;
$pause = $calls > 0 ? (int) ((float) $durationMs * 1000 / $calls) : 0;
$wait = (float) $startAt - microtime(true);
if ($wait > 0) {
    usleep((int) ($wait * 1e6));
}
for ($i = 0; $i < $calls; $i++) {
    try {
        $list();
        $ok++;
    } catch (Throwable $e) {
        $failed++;
        $first ??= get_class($e) . ': ' . $e->getMessage();
    }
    if ($pause > 0) {
        usleep($pause);
    }
}
if ($via === 'config') {
    @unlink("$dir/token.json");
    @unlink("$dir/sdk-config.json");
    @rmdir($dir);
}
echo json_encode(['ok' => $ok, 'failed' => $failed, 'first_error' => $first]), "\n";
