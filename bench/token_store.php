<?php
// What the Redis token store costs a PHP process, against the sandbox and a local redis-server:
//   php -d extension=target/debug/libexsited_php.so bench/token_store.php SANDBOX_URL REDIS_URL [N]
// Prints the mean time of (1) a call once the token is held, with and without the store, and
// (2) a new client's first call, which gets the token from the store or the token endpoint.

[$url, $store] = array_slice($argv, 1, 2);
$n = (int) ($argv[3] ?? 2000);
$base = ['base_url' => $url, 'client_id' => 'sandbox-client', 'client_secret' => 'sandbox-secret'];

function mean_us(callable $f, int $n): float
{
    $t0 = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $f($i);
    }
    return (hrtime(true) - $t0) / 1e3 / $n;
}

foreach (['local token' => [], 'redis store' => ['token_store' => $store]] as $name => $extra) {
    $svc = new Exsited\AccountService(new Exsited\Client($base + $extra));
    $svc->readFinancialSummary();
    $call = mean_us(fn () => $svc->readFinancialSummary(), $n);
    // A distinct timeout makes a distinct core client, with no token yet.
    $first = mean_us(function (int $i) use ($base, $extra) {
        (new Exsited\AccountService(new Exsited\Client($base + $extra + ['timeout' => 100 + $i / 1000])))->readFinancialSummary();
    }, 60);
    printf("%-12s call with the token held: %7.1f us   new client's first call: %7.1f us\n", $name, $call, $first);
}
