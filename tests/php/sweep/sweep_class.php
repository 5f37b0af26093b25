<?php
/**
 * Bad-input sweep of one generated class, run in a child `php` so that a crash of the
 * extension shows as a failed test instead of taking PHPUnit down (SweepTest.php).
 * Usage: php -d extension=... sweep_class.php <class> <sandbox url> <work dir>
 * Prints one JSON object: {"calls": n, "refused": n, "sent": n, "findings": [...]}.
 */

declare(strict_types=1);

require __DIR__ . '/hostile.php';

[$_, $class, $url, $work] = $argv;
$doc = json_decode((string)file_get_contents(dirname(__DIR__, 3) . '/php/tools/phpdoc.json'), true)['methods'];
$credentials = ['client_id' => 'sandbox-client', 'client_secret' => 'sandbox-secret', 'redirect_uri' => 'https://app.example/callback'];
if (str_starts_with($class, 'Api\\')) {
    $service = new $class(new Api\Component\ApiConfig(['apiUrl' => $url, 'apiVersion' => 'v3', 'access_token' => '', 'refresh_token' => ''] + $credentials));
} else {
    $service = new $class(new Exsited\Client(['base_url' => $url] + $credentials));
}

$hook = function (string $method, string $path) use ($url): array {
    $ctx = stream_context_create(['http' => ['method' => $method, 'ignore_errors' => true, 'timeout' => 30]]);
    $text = file_get_contents("$url/__sandbox__/$path", false, $ctx);
    return $text === false || $text === '' ? [] : (array)json_decode($text, true);
};
$dataRequests = function () use ($hook): array {
    return array_values(array_filter(
        $hook('GET', 'requests')['requests'] ?? [],
        fn ($r) => !str_starts_with($r['path'], '/api/v1/oauth2/') && ($r['status'] ?? 0) !== 401
    ));
};

$file = "$work/sweep.txt";
file_put_contents($file, "x\n");
$out = ['calls' => 0, 'refused' => 0, 'sent' => 0, 'findings' => []];
$finding = function (string $where, string $what) use (&$out): void {
    $out['findings'][] = "$where: $what";
};

$reflection = new ReflectionClass($class);
foreach ($reflection->getMethods(ReflectionMethod::IS_PUBLIC) as $m) {
    if ($m->isStatic() || $m->isConstructor() || $m->getDeclaringClass()->getName() !== $class) {
        continue;
    }
    $key = "$class::{$m->getName()}";
    $lines = $doc[$key] ?? [];
    $route = route_of($lines);
    $kinds = [];
    foreach ($m->getParameters() as $p) {
        $kinds[] = kind_of($p, param_doc($lines, $p->getName()));
    }
    $valid = array_map(fn ($k) => valid_value($k, $file), $kinds);
    $hook('DELETE', 'requests');
    $sent = [];
    foreach ($m->getParameters() as $i => $p) {
        foreach (hostile_values($kinds[$i], $work) as $label => $value) {
            $args = $valid;
            $args[$i] = $value;
            $where = "{$m->getName()}(\${$p->getName()} = $label)";
            $out['calls']++;
            try {
                $m->invokeArgs($service, $args);
                $out['sent']++;
                $sent[] = $where;
            } catch (Exsited\Exception\UsageException $e) {
                $out['refused']++;
                check_message($e, $where, $finding);
            } catch (Api\AppService\AutoBillApiException $e) {
                // Reached the server (404, 400...): a request was sent.
                $out['sent']++;
                $sent[] = $where;
            } catch (TypeError $e) {
                $declared = $p->getType();
                if ($declared === null || (string)$declared === 'mixed') {
                    $finding($where, 'engine ' . get_class($e) . ' for an untyped parameter: ' . $e->getMessage());
                } else {
                    $out['refused']++;
                }
            } catch (Throwable $e) {
                $finding($where, get_class($e) . ': ' . substr($e->getMessage(), 0, 300));
            }
        }
    }
    if (str_starts_with($m->getName(), "iterate")) {
        continue; // lazy: nothing is fetched until the iterator is walked
    }
    $requests = $dataRequests();
    if (count($requests) !== count($sent)) {
        $finding("{$m->getName()}", sprintf(
            '%d calls were not refused but the sandbox saw %d requests (not refused: %s)',
            count($sent), count($requests), implode(', ', array_slice($sent, 0, 8))
        ));
    }
    foreach ($requests as $r) {
        check_route($r, $route, $m->getName(), $finding);
    }
}
echo json_encode($out), "\n";
