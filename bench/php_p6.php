<?php
// P6 for PHP: resident memory while streaming every account with iterateAll().
//   php -d extension=.../libexsited_php.so bench/php_p6.php URL [PAGE_SIZE]
// Prints one JSON object: records seen, VmRSS before and after (MB), and the growth, which is
// the largest RSS seen during the walk (sampled every 5,000 records) minus the baseline.

$url = $argv[1] ?? '';
$pageSize = (int) ($argv[2] ?? 1000);

function rss_mb(): float
{
    preg_match('/^VmRSS:\s+(\d+) kB/m', file_get_contents('/proc/self/status'), $m);
    return ((int) $m[1]) / 1024;
}

$options = ['base_url' => $url, 'client_id' => 'sandbox-client', 'client_secret' => 'sandbox-secret'];
$accounts = new Exsited\AccountService(new Exsited\Client($options));

// Warm up the token, the connection pool and the iterator code before the baseline.
foreach ($accounts->iterateAll(['limit' => 10]) as $account) {
    break;
}
unset($account);
gc_collect_cycles();
$before = rss_mb();
$peak = $before;
$seen = 0;
foreach ($accounts->iterateAll(['limit' => $pageSize]) as $account) {
    $seen++;
    if ($seen % 5000 === 0) {
        $peak = max($peak, rss_mb());
    }
}
unset($account);
gc_collect_cycles();
$after = rss_mb();
echo json_encode([
    'records' => $seen,
    'page_size' => $pageSize,
    'rss_before_mb' => round($before, 2),
    'rss_after_mb' => round($after, 2),
    'growth_mb' => round(max($peak, $after) - $before, 2),
]), "\n";
