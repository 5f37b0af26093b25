<?php
/**
 * Fault-suite adapter for the PHP extension: runs ONE operation at a time as
 * tests/faults/driver.py asks (one JSON line in, one JSON line out; protocol in driver.py),
 * through Exsited\Client + Exsited\AccountService. Also the helpers the PHP runner's own
 * scenarios use (classify, fill, created_id, op_call).
 *
 *   php -d extension=$PWD/target/debug/libexsited_php.so tests/faults/adapter.php --url SANDBOX_URL
 *
 * Client settings the extension cannot express (it has connect_timeout, timeout, max_retries,
 * max_response_bytes): the backoff (the core's 250 ms initial, 8 s cap), which the hello answer
 * reports so that the driver computes budgets with it. A fresh client per case: the extension
 * shares one core client per process for equal settings (php-fpm reuse), so every case gets its
 * own redirect_uri, part of that key.
 */

declare(strict_types=1);

require_once dirname(__DIR__) . '/lib/temp_dir.php';

const CLIENT_ID = 'sandbox-client';
const CLIENT_SECRET = 'sandbox-secret';
const LANG = 'php';
const CORE_INITIAL_BACKOFF_MS = 250;
const CORE_MAX_BACKOFF_MS = 8000;

// ------------------------------------------------------------------------------------------
// Error kinds from exception classes
// ------------------------------------------------------------------------------------------

const CLASS_KIND = [
    'Exsited\Exception\ValidationException' => 'validation',
    'Exsited\Exception\AuthenticationException' => 'authentication',
    'Exsited\Exception\PermissionDeniedException' => 'permission',
    'Exsited\Exception\NotFoundException' => 'not_found',
    'Exsited\Exception\ConflictException' => 'conflict',
    'Exsited\Exception\RateLimitException' => 'rate_limit',
    'Exsited\Exception\ServerException' => 'server',
    'Exsited\Exception\TimeoutException' => 'timeout',
    'Exsited\Exception\ConnectionException' => 'connection',
    'Exsited\Exception\DecodeException' => 'decode',
    'Exsited\Exception\ConfigException' => 'config',
    'Exsited\Exception\UsageException' => 'usage',
    'Exsited\Exception\ApiException' => 'api',
];

/** [outcome, class, message, problem] with the kind taken from the exception's class. */
function classify(Throwable $e): array
{
    $class = get_class($e);
    $chain = array_merge([$class], array_values(class_parents($e)));
    foreach ($chain as $c) {
        if (isset(CLASS_KIND[$c])) {
            $kind = CLASS_KIND[$c];
            $declared = method_exists($e, 'getKind') ? $e->getKind() : null;
            if ($kind === 'api' && $declared) {
                $kind = $declared;
            }
            $problem = ($declared && $declared !== $kind) ? "class $class says $kind but getKind() is $declared" : null;
            return ["error:$kind", $class, $e->getMessage(), $problem];
        }
    }
    if ($e instanceof Api\AppService\AutoBillApiException) {
        $kind = method_exists($e, 'getKind') ? $e->getKind() : 'api';
        if ($kind === 'panic' || str_contains(strtolower($e->getMessage()), 'panic')) {
            return ['panic', $class, $e->getMessage(), null];
        }
        return ["error:$kind", $class, $e->getMessage(), null];
    }
    return ["error:php:$class", $class, $e->getMessage(), "threw $class, not an AutoBillApiException"];
}

function fill($v, array $m)
{
    if (is_string($v)) {
        foreach ($m as $k => $x) {
            $v = str_replace('{' . $k . '}', $x, $v);
        }
        return $v;
    }
    if (is_array($v)) {
        $out = [];
        foreach ($v as $k => $x) {
            $out[$k] = fill($x, $m);
        }
        return $out;
    }
    return $v;
}

function created_id($r): string
{
    if (is_object($r) && isset($r->account->id)) {
        return (string) $r->account->id;
    }
    if (is_array($r) && isset($r['account']['id'])) {
        return (string) $r['account']['id'];
    }
    return '';
}

/** A closure making ONE call of `$op` through the extension's documented methods. */
function op_call(Exsited\AccountService $s, string $op, array $t, string $id, string $tag, int $n, string $work): Closure
{
    $m = ['id' => $id, 'case' => $tag, 'n' => (string) $n];
    $body = isset($t['json']) ? fill($t['json'], $m) : null;
    switch ($op) {
        case 'accounts.list':
            return fn () => $s->readAll('v2', $t['query'] ?? []);
        case 'accounts.details':
            return fn () => $s->readDetails($id, 'v3');
        // create() and update() wrap their params in {"account": ...} themselves.
        case 'accounts.create':
            return fn () => $s->create($body['account'] ?? $body, 'v2');
        case 'accounts.update_information':
            return fn () => $s->update($body['account'] ?? $body, $id, 'v3');
        case 'billing_preferences.update':
            return fn () => $s->updateBillingPreference($id, $body, 'v3');
        case 'accounts.delete':
            return fn () => $s->delete($id, 'v3');
        case 'notes.add':
            $text = '';
            $files = [];
            foreach ($t['parts'] ?? [] as $p) {
                if (isset($p['text'])) {
                    $text = fill($p['text'], $m);
                } elseif (isset($p['file'])) {
                    $path = $work . '/' . $p['file'];
                    if (!file_exists($path)) {
                        file_put_contents($path, $p['content'] ?? '');
                    }
                    $files[] = $path;
                }
            }
            return fn () => $s->addNote(count($files) === 1 ? $files[0] : $files, $text, $id, 'v3');
    }
    throw new RuntimeException("no PHP mapping for operation $op");
}

/** The options of a client with the matrix's settings (`$s`); `$tag` keeps clients apart. */
function client_options(string $url, array $s, string $tag, ?float $timeout = null): array
{
    $deadline = isset($s['deadline_ms']) ? ['deadline' => $s['deadline_ms'] / 1000] : [];
    return $deadline + [
        'base_url' => $url,
        'client_id' => CLIENT_ID,
        'client_secret' => CLIENT_SECRET,
        'redirect_uri' => 'https://faults.example/callback/' . $tag,
        'connect_timeout' => ($s['connect_timeout_ms'] ?? 1000) / 1000,
        'timeout' => $timeout ?? ($s['read_timeout_ms'] ?? 1000) / 1000,
        'max_retries' => $s['max_retries'] ?? 2,
        'max_response_bytes' => $s['max_response_bytes'] ?? null,
    ];
}

/** Answers the driver's requests, one JSON line each, until stdin closes. */
function serve(string $url): int
{
    $service = null;
    $work = exsited_temp_dir('exsited-faults-php-adapter');
    while (($raw = fgets(STDIN)) !== false) {
        $req = json_decode($raw, true);
        $answer = [];
        switch ($req['do']) {
            case 'hello':
                $answer = ['lang' => LANG, 'initial_backoff_ms' => CORE_INITIAL_BACKOFF_MS,
                    'max_backoff_ms' => CORE_MAX_BACKOFF_MS,
                    'backoff' => 'core default ' . CORE_INITIAL_BACKOFF_MS . ' ms initial, ' . CORE_MAX_BACKOFF_MS
                        . ' ms cap (not settable from PHP)'];
                break;
            case 'client':
                $service = new Exsited\AccountService(new Exsited\Client(client_options($url, $req['settings'], $req['tag'])));
                break;
            case 'setup':
                $answer = ['id' => '', 'error' => null];
                try {
                    if ($req['create']) {
                        $answer['id'] = created_id($service->create(
                            ['name' => "Target {$req['tag']}", 'email_address' => "target.{$req['n']}@example.com"], 'v2'));
                    } else {
                        $service->readAll('v2', ['limit' => 1]);
                    }
                } catch (Throwable $e) {
                    $answer['error'] = 'setup failed: ' . get_class($e) . ': ' . $e->getMessage();
                }
                break;
            case 'call':
                $call = op_call($service, $req['op'], $req['template'], $req['id'], $req['tag'], $req['n'], $work);
                $answer = ['outcome' => 'ok', 'exception' => null, 'message' => null, 'problem' => null, 'created' => ''];
                $started = hrtime(true);
                try {
                    $answer['created'] = created_id($call());
                } catch (Throwable $e) {
                    [$answer['outcome'], $answer['exception'], $answer['message'], $answer['problem']] = classify($e);
                }
                $answer['elapsed_ms'] = intdiv(hrtime(true) - $started, 1000000);
                break;
        }
        echo json_encode((object) $answer, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE), "\n";
        flush();
    }
    return 0;
}

if (realpath($_SERVER['SCRIPT_FILENAME'] ?? '') === __FILE__) {
    $at = array_search('--url', $argv, true);
    exit(serve($at === false ? '' : rtrim($argv[$at + 1], '/')));
}
