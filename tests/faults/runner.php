<?php
/**
 * Fault-suite runner for the PHP extension.
 *
 *   php -d extension=$PWD/target/debug/libexsited_php.so tests/faults/runner.php \
 *       --url SANDBOX_URL --matrix tests/faults/matrix.json [--short] [--only TEXT]
 *
 * Runs the PHP-only scenarios through Exsited\Client + Exsited\AccountService: the matrix
 * cases with a `scenario` (idle close, runner_idle.php), the shared token-cache case (8 PHP
 * processes, one token_cache_file), the hostile token cases (token_edges.php) and the
 * bad-input cases (bad_input.php), and prints one JSON line per case on stdout in the format
 * of tests/faults/report.py (progress on stderr). The plain matrix cases run through
 * driver.py + adapter.php. Protocol: tests/faults/README.md.
 *
 * Crash guard: the cases run in a child php process (--child) that announces each case before
 * running it. When the child dies (non-zero exit, a signal: a worker crash) or a case outlives
 * its watchdog, the parent prints that case as a panic / hang and starts a new child at the
 * next case.
 *
 * Exit status: 0 every case as expected, 1 some case failed, 2 bad usage.
 */

declare(strict_types=1);

require_once __DIR__ . '/adapter.php';
require_once __DIR__ . '/sandbox_hooks.php';
require_once __DIR__ . '/token_edges.php';
require_once __DIR__ . '/bad_input.php';

const SEED = 20;
const MAX_OVERRUN_MS = 1000;

function say(string $text): void { fwrite(STDERR, $text . "\n"); }

function emit(array $line): void
{
    echo json_encode($line, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE), "\n";
    flush();
}

// ------------------------------------------------------------------------------------------
// The runner
// ------------------------------------------------------------------------------------------

final class Ctx
{
    public Sandbox $sb;
    public array $calls;
    public array $client;
    public string $work;
    public ?Exsited\AccountService $badService = null;
    public ?string $badAccount = null;

    public function __construct(public string $url, public array $matrix, public bool $short)
    {
        $this->sb = new Sandbox($url);
        $this->calls = $matrix['calls'];
        $this->client = $matrix['client'] ?? [];
        $this->work = exsited_temp_dir('exsited-faults-php');
    }

    public function options(string $tag, ?float $timeout = null, array $own = []): array
    {
        return client_options($this->sb->url, $own + $this->client, $tag, $timeout);
    }

    /** `$own`: the case's own client settings (`deadline_ms`). */
    public function service(string $tag, ?float $timeout = null, array $own = []): Exsited\AccountService
    {
        return new Exsited\AccountService(new Exsited\Client($this->options($tag, $timeout, $own)));
    }

    public function opCall(Exsited\AccountService $s, string $op, array $t, string $id, string $tag, int $n): Closure
    {
        return op_call($s, $op, $t, $id, $tag, $n, $this->work);
    }

    /** A matrix case with a scenario of its own (plain cases run through driver.py). */
    public function runCase(array $case, int $n): array
    {
        require_once __DIR__ . '/runner_idle.php';
        return run_idle_case($this, $case, $n);
    }

    /** 8 php processes, one token_cache_file: exactly one token request. */
    public function tokenSharedCache(int $processes, int $calls): array
    {
        $cache = $this->work . '/shared-token-cache.json';
        @unlink($cache);
        $c0 = $this->sb->counters();
        $started = microtime(true);
        $cmd = array_merge(php_command(), ['--token-cache-child', $this->sb->url, $cache, (string) $calls]);
        $procs = [];
        $mism = [];
        for ($i = 0; $i < $processes; $i++) {
            $pipes = [];
            $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
            if (!is_resource($p)) {
                $mism[] = 'could not start a child process';
                continue;
            }
            $procs[] = [$p, $pipes];
        }
        $failed = $panics = 0;
        $first = null;
        foreach ($procs as [$p, $pipes]) {
            $deadline = microtime(true) + 60;
            $out = $err = '';
            stream_set_blocking($pipes[1], false);
            stream_set_blocking($pipes[2], false);
            while (true) {
                $out .= (string) stream_get_contents($pipes[1]);
                $err .= (string) stream_get_contents($pipes[2]);
                $st = proc_get_status($p);
                if (!$st['running']) {
                    $out .= (string) stream_get_contents($pipes[1]);
                    $err .= (string) stream_get_contents($pipes[2]);
                    break;
                }
                if (microtime(true) > $deadline) {
                    proc_terminate($p, 9);
                    $mism[] = 'a child process hung and was killed';
                    break;
                }
                usleep(20000);
            }
            $code = $st['signaled'] ? -$st['termsig'] : $st['exitcode'];
            proc_close($p);
            $v = json_decode(trim((string) strrchr("\n" . trim($out), "\n")), true) ?: ['failed' => $calls];
            $failed += $v['failed'] ?? $calls;
            if (!$first && !empty($v['first_error'])) {
                $first = $v['first_error'];
            }
            if ($code !== 0) {
                $panics++;
                $lines = explode("\n", trim($err));
                $mism[] = "a child php process ended with " . ($code < 0 ? 'signal ' . -$code : "exit $code") . ': ' . end($lines);
            }
        }
        $elapsed = microtime(true) - $started;
        $c1 = $this->sb->counters();
        $tokens = $c1['token_requests'] - $c0['token_requests'];
        if ($tokens !== 1) {
            $mism[] = "token requests $tokens != 1";
        }
        if ($failed) {
            $mism[] = "$failed of " . ($processes * $calls) . ' calls failed';
        }
        return [
            'lang' => LANG, 'suite' => 'token', 'name' => 'token/shared_cache_8_processes',
            'kind' => 'shared_cache_8_processes', 'class' => 'token', 'op' => 'accounts.details',
            'fault' => ['processes' => $processes, 'calls_per_process' => $calls, 'token_cache_file' => true],
            'expect' => 'ok', 'outcome' => $failed ? ($first[0] ?? 'error') : 'ok', 'pass' => !$mism,
            'mismatches' => $mism, 'exception' => $first[1] ?? null, 'message' => $first[2] ?? null,
            'calls' => $processes * $calls, 'failed' => $failed, 'token_requests' => $tokens,
            'expect_token_requests' => 1,
            'requests' => ['data' => max(0, $c1['requests'] - $c0['requests'] - $tokens), 'token' => $tokens, 'statuses' => []],
            'dup_creates' => 0, 'lost_writes' => 0, 'elapsed_ms' => (int) ($elapsed * 1000), 'budget_ms' => null,
            'overrun_ms' => 0, 'panics' => $panics,
        ];
    }
}

// ------------------------------------------------------------------------------------------
// Jobs, child and parent
// ------------------------------------------------------------------------------------------

/** This php binary with the same -d options (the extension) it was started with. */
function php_command(): array
{
    $argv = explode("\0", rtrim((string) @file_get_contents('/proc/self/cmdline'), "\0"));
    $cmd = [PHP_BINARY];
    for ($i = 1; $i < count($argv); $i++) {
        if ($argv[$i] === '-d' && isset($argv[$i + 1])) {
            $cmd[] = '-d';
            $cmd[] = $argv[++$i];
        } elseif (str_starts_with($argv[$i], '-d')) {
            $cmd[] = $argv[$i];
        } else {
            break;
        }
    }
    $cmd[] = __FILE__;
    return $cmd;
}

function jobs(array $o, array $matrix): array
{
    $out = [];
    foreach ($matrix['cases'] as $i => $c) {
        if (($o['short'] && empty($c['short'])) || empty($c['scenario'])) {
            continue; // the plain matrix cases run through driver.py + adapter.php
        }
        if (($c['mode'] ?? null) === 'async') {
            continue; // the extension has no async API
        }
        $out[] = ['type' => 'matrix', 'case' => $c, 'n' => $i, 'name' => $c['name'], 'class' => $c['class'],
            'expect' => $c['expect'] ?? 'ok', 'limit' => 60];
    }
    $out[] = ['type' => 'token', 'name' => 'token/shared_cache_8_processes', 'class' => 'token', 'expect' => 'ok',
        'limit' => 120, 'calls' => $o['short'] ? 20 : 100];
    // Hostile token answers and a prepared token cache file (token_edges.php).
    foreach ($matrix['token_answers'] ?? [] as $n => $c) {
        $out[] = ['type' => 'token_edge', 'fn' => 'edge_token_answer', 'params' => [$c, $n], 'name' => $c['name'],
            'class' => 'token', 'expect' => 'ok', 'limit' => 60];
    }
    foreach ([['token/cache_planted_temp_link', 'edge_cache_planted_link', []],
              ['token/cache_path_is_link', 'edge_cache_refused', ['link']],
              ['token/cache_foreign_owner', 'edge_cache_refused', ['owner']]] as [$name, $fn, $params]) {
        $out[] = ['type' => 'token_edge', 'fn' => $fn, 'params' => $params, 'name' => $name, 'class' => 'token',
            'expect' => 'ok', 'limit' => 60];
    }
    foreach (PHP_BAD_INPUT as $slug => $expect) {
        $case = ['slug' => $slug, 'name' => "input/$slug", 'expect' => $expect];
        if (str_starts_with($expect, '/')) {
            $case['expect'] = 'error:not_found';
            $case['path'] = $expect;
        }
        $out[] = ['type' => 'input', 'case' => $case, 'name' => $case['name'], 'class' => 'input',
            'expect' => $case['expect'], 'limit' => 30];
    }
    if ($o['only'] !== null) {
        $out = array_values(array_filter($out, fn ($j) => str_contains($j['name'], $o['only'])));
    }
    return $out;
}

function synthetic(array $job, string $outcome, string $message, int $panics): array
{
    $suite = $job['type'] === 'token_edge' ? 'token' : $job['type'];
    return ['lang' => LANG, 'suite' => $suite, 'name' => $job['name'], 'class' => $job['class'],
        'expect' => $job['expect'], 'outcome' => $outcome, 'pass' => false, 'mismatches' => [$message],
        'message' => $message, 'requests' => ['data' => 0, 'token' => 0, 'statuses' => []],
        'dup_creates' => 0, 'lost_writes' => 0, 'overrun_ms' => 0, 'panics' => $panics];
}

function child(array $o, array $matrix): int
{
    $ctx = new Ctx($o['url'], $matrix, $o['short']);
    if (($ctx->sb->counters()['accounts'] ?? 0) < SEED) {
        $ctx->sb->hook('POST', 'seed', ['count' => SEED]);
    }
    $todo = jobs($o, $matrix);
    for ($k = $o['start']; $k < count($todo); $k++) {
        $job = $todo[$k];
        echo "@begin $k\n";
        flush();
        try {
            $line = match ($job['type']) {
                'matrix' => $ctx->runCase($job['case'], $job['n']),
                'token' => $ctx->tokenSharedCache(8, $job['calls']),
                'token_edge' => ($job['fn'])($ctx, ...$job['params']),
                default => bad_input($ctx, $job['case']),
            };
        } catch (Throwable $e) {
            $line = synthetic($job, 'error:runner', 'runner error: ' . get_class($e) . ': ' . $e->getMessage(), 0);
        }
        emit($line);
    }
    return 0;
}

function line_ok(array $l): bool
{
    return $l['pass'] === true && !($l['dup_creates'] ?? 0) && !($l['lost_writes'] ?? 0) && !($l['panics'] ?? 0)
        && ($l['overrun_ms'] ?? 0) <= ($l['max_overrun_ms'] ?? MAX_OVERRUN_MS);
}

function parent(array $o, array $matrix): int
{
    $todo = jobs($o, $matrix);
    $failed = 0;
    $start = 0;
    while ($start < count($todo)) {
        $cmd = array_merge(php_command(), ['--child', '--start', (string) $start, '--url', $o['url'], '--matrix', $o['matrix']]);
        if ($o['short']) {
            $cmd[] = '--short';
        }
        if ($o['only'] !== null) {
            array_push($cmd, '--only', $o['only']);
        }
        $pipes = [];
        $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => STDERR], $pipes, '/');
        if (!is_resource($proc)) {
            say('cannot start a child php process');
            return 2;
        }
        $buf = '';
        $current = null;
        $began = microtime(true);
        $finished = [];
        $hung = false;
        while (true) {
            $limit = $current !== null ? $todo[$current]['limit'] : 60;
            $remaining = $limit - (microtime(true) - $began);
            if ($remaining <= 0) {
                $hung = true;
                proc_terminate($proc, 9);
                break;
            }
            $r = [$pipes[1]];
            $w = $e = null;
            $n = @stream_select($r, $w, $e, 1, 0);
            if ($n === false) {
                break;
            }
            if ($n === 0) {
                continue;
            }
            $chunk = fread($pipes[1], 65536);
            if ($chunk === '' || $chunk === false) {
                if (feof($pipes[1])) {
                    break;
                }
                continue;
            }
            $buf .= $chunk;
            while (($pos = strpos($buf, "\n")) !== false) {
                $text = trim(substr($buf, 0, $pos));
                $buf = substr($buf, $pos + 1);
                if (str_starts_with($text, '@begin ')) {
                    $current = (int) substr($text, 7);
                    $began = microtime(true);
                } elseif (str_starts_with($text, '{')) {
                    $line = json_decode($text, true);
                    if (!is_array($line)) {
                        continue;
                    }
                    $finished[$current] = true;
                    $ok = line_ok($line);
                    if (!$ok && empty($line['expected_failure'])) {
                        $failed++;
                    }
                    say(sprintf('  %-5s %-58s %-22s %s', $ok ? 'ok' : (empty($line['expected_failure']) ? 'FAIL' : 'xfail'),
                        $line['name'], $line['outcome'], $line['elapsed_ms'] ?? ''));
                    echo $text, "\n";
                    flush();
                }
            }
        }
        fclose($pipes[1]);
        $st = proc_get_status($proc);
        $code = proc_close($proc);
        if ($st['signaled'] ?? false) {
            $code = -$st['termsig'];
        } elseif (!$st['running'] && $st['exitcode'] !== -1) {
            $code = $st['exitcode'];
        }
        if ($current === null) {
            say("the child died before its first case (exit $code)");
            return 2;
        }
        if (isset($finished[$current]) && !$hung) {
            $start = $current + 1;
            continue;
        }
        $job = $todo[$current];
        $line = $hung
            ? synthetic($job, 'hang', "no result after {$job['limit']} s; the child was killed", 0)
            : synthetic($job, 'panic', 'the php process died during the case (' . ($code < 0 ? 'signal ' . -$code : "exit $code") . ')', 1);
        $failed++;
        say(sprintf('  %-5s %-58s %s', 'FAIL', $job['name'], $line['outcome']));
        emit($line);
        $start = $current + 1;
    }
    say("fault runner (php): $failed failing line(s)");
    return $failed ? 1 : 0;
}

function token_cache_child(string $url, string $cache, int $calls): int
{
    $s = new Exsited\AccountService(new Exsited\Client([
        'base_url' => $url, 'client_id' => CLIENT_ID, 'client_secret' => CLIENT_SECRET,
        'token_cache_file' => $cache, 'timeout' => 5,
    ]));
    $ok = $failed = 0;
    $first = null;
    for ($i = 0; $i < min($calls, 100000); $i++) {
        try {
            $s->readDetails(sprintf('SD%04d', $i % SEED + 1), 'v3');
            $ok++;
        } catch (Throwable $e) {
            $failed++;
            $first ??= array_slice(classify($e), 0, 3);
        }
    }
    echo json_encode(['ok' => $ok, 'failed' => $failed, 'first_error' => $first]), "\n";
    return 0;
}

function main(array $argv): int
{
    if (($argv[1] ?? '') === '--token-cache-child') {
        return token_cache_child($argv[2], $argv[3], (int) $argv[4]);
    }
    $o = ['url' => null, 'matrix' => __DIR__ . '/matrix.json', 'short' => false, 'only' => null, 'child' => false, 'start' => 0];
    for ($i = 1; $i < count($argv); $i++) {
        switch ($argv[$i]) {
            case '--url': $o['url'] = $argv[++$i] ?? null; break;
            case '--matrix': $o['matrix'] = $argv[++$i] ?? ''; break;
            case '--short': $o['short'] = true; break;
            case '--only': $o['only'] = $argv[++$i] ?? ''; break;
            case '--child': $o['child'] = true; break;
            case '--start': $o['start'] = (int) ($argv[++$i] ?? 0); break;
            default:
                say("unknown argument {$argv[$i]}; usage: runner.php --url URL [--matrix PATH] [--short] [--only TEXT]");
                return 2;
        }
    }
    if (!$o['url']) {
        say('--url is required');
        return 2;
    }
    if (!extension_loaded('exsited')) {
        say('the exsited extension is not loaded (php -d extension=/path/libexsited_php.so)');
        return 2;
    }
    $o['matrix'] = realpath($o['matrix']) ?: $o['matrix'];
    $matrix = json_decode((string) @file_get_contents($o['matrix']), true);
    if (!is_array($matrix)) {
        say("cannot read {$o['matrix']}");
        return 2;
    }
    if ($o['child']) {
        return child($o, $matrix);
    }
    say("fault runner (php): sandbox at {$o['url']}");
    return parent($o, $matrix);
}

exit(main($argv));
