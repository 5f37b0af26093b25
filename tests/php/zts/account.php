<?php
// Served by mod_php (ZTS) under Apache's worker MPM in the threaded check: a fresh
// Exsited\Client per request (the core client and its token are shared by the process), two
// calls, a ConfigManager in a working directory of this request's own, and the answer with the
// request's own number `n`, the serving thread and the times, so the load client can check
// every answer and see requests overlap on different threads.
$n = (int) ($_GET['n'] ?? -1);
$t0 = microtime(true);
header('Content-Type: application/json');
try {
    $client = new Exsited\Client([
        'base_url' => $_SERVER['SANDBOX_URL'],
        'client_id' => 'sandbox-client',
        'client_secret' => 'sandbox-secret',
    ]);
    $accounts = new Exsited\AccountService($client);
    $page = $accounts->readAll(null, ['limit' => 3]);
    $ids = array_map(fn ($a) => $a->id, $page->accounts);
    $wanted = $ids[$n % max(1, count($ids))] ?? null;
    $details = $accounts->readDetails($wanted);
    // Each thread has its own working directory under ZTS: the config directory the extension
    // takes by default must be this request's, not another thread's or the process's.
    $dir = __DIR__ . '/cwd-' . ($n % 4);
    chdir($dir);
    $configDir = (new Api\ApiHelper\Config\ConfigManager())->getConfigDir();
    echo json_encode([
        'n' => $n,
        'ids' => $ids,
        'wanted' => $wanted,
        'read' => $details->account->id,
        'cwd_ok' => realpath($configDir) === realpath($dir),
        'thread' => readlink('/proc/thread-self'),
        'pid' => getmypid(),
        'zts' => PHP_ZTS,
        't0' => $t0,
        't1' => microtime(true),
    ]), "\n";
} catch (Throwable $e) {
    http_response_code(500);
    echo json_encode(['n' => $n, 'error' => get_class($e) . ': ' . $e->getMessage()]), "\n";
}
