<?php
// The app served by the php-fpm benchmark (bench/fpm.py): every request reads one account,
// the way a web app's request handler would, building its client from scratch.
// FastCGI params (set by the driver, read from $_SERVER):
//   BENCH_MODE        ours | documented (the documented PHP SDK) | null (no API call: the
//                     ceiling of the pool and the driver)
//   BENCH_URL         the sandbox; BENCH_CA its CA certificate; BENCH_ACCOUNT the account id
//   BENCH_TOKEN_FILE  ours: share the token through this file (token_cache_file)
//   BENCH_TOKEN_STORE ours: share the token through this Redis store (token_store)
//   BENCH_REF_ROOT    documented: where its package (with vendor/ and token.json) is unpacked
// Answers "ok id=<account id> pid=<worker pid>", or "error ..." on any failure.

header('Content-Type: text/plain');
$mode = $_SERVER['BENCH_MODE'] ?? 'ours';
$id = $_SERVER['BENCH_ACCOUNT'] ?? 'SD0001';

try {
    if ($mode === 'null') {
        $got = $id;
    } elseif ($mode === 'ours') {
        $options = [
            'base_url' => $_SERVER['BENCH_URL'],
            'client_id' => 'sandbox-client',
            'client_secret' => 'sandbox-secret',
            'ca_cert_file' => $_SERVER['BENCH_CA'],
        ];
        if (($_SERVER['BENCH_TOKEN_FILE'] ?? '') !== '') {
            $options['token_cache_file'] = $_SERVER['BENCH_TOKEN_FILE'];
        }
        if (($_SERVER['BENCH_TOKEN_STORE'] ?? '') !== '') {
            $options['token_store'] = $_SERVER['BENCH_TOKEN_STORE'];
        }
        $accounts = new Exsited\AccountService(new Exsited\Client($options));
        $got = $accounts->readDetails($id)->account->id ?? null;
    } elseif ($mode === 'documented') {
        // As its README shows: ConfigManager reads sdk-config.json and token.json from the
        // package folder, and writes a fetched token back to token.json.
        require_once $_SERVER['BENCH_REF_ROOT'] . '/vendor/autoload.php';
        $config = new Api\ApiHelper\Config\ConfigManager();
        $accounts = new Api\AppService\Account\AccountData(new Api\Component\ApiConfig($config->getConfig()));
        $answer = $accounts->readDetails($id);
        $got = is_array($answer) ? ($answer['account']['id'] ?? null) : ($answer->account->id ?? null);
    } else {
        throw new InvalidArgumentException("unknown BENCH_MODE $mode");
    }
    if ($got !== $id) {
        throw new UnexpectedValueException('the answer does not hold account ' . $id);
    }
    printf("ok id=%s pid=%d\n", $got, getmypid());
} catch (Throwable $e) {
    printf("error %s: %s pid=%d\n", get_class($e), substr($e->getMessage(), 0, 300), getmypid());
}
