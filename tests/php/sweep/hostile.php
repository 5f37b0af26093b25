<?php
/** What the bad-input sweep passes for each kind of parameter, and what it checks. */

declare(strict_types=1);

/** The `@param` line of a parameter in the method's phpdoc (php/tools/phpdoc.json). */
function param_doc(array $lines, string $name): string
{
    foreach ($lines as $l) {
        if (str_starts_with($l, '@param') && str_ends_with($l, " \$$name")) {
            return $l;
        }
    }
    return '';
}

/** `GET /api/{version}/accounts/{id}` of the phpdoc, or null. */
function route_of(array $lines): ?string
{
    foreach ($lines as $l) {
        if (preg_match('#^(GET|POST|PUT|PATCH|DELETE) (/\S*)#', $l, $m)) {
            return $m[2];
        }
    }
    return null;
}

function kind_of(ReflectionParameter $p, string $doc): string
{
    $name = $p->getName();
    return match (true) {
        $name === 'apiVersion' => 'version',
        $name === 'callOptions' || $name === 'options' => 'options',
        $name === 'queryParams' => 'query',
        $name === 'filePath' => 'file',
        $name === 'requestMethod' => 'verb',
        $name === 'format' => 'format',
        $name === 'email' => 'email',
        str_contains($doc, 'string|int') => 'id',
        str_contains($doc, '@param array') || str_contains($doc, 'mixed') => 'data',
        default => 'text',
    };
}

function valid_value(string $kind, string $file): mixed
{
    return match ($kind) {
        'id' => 'SWEEP1',
        'data' => ['sweep' => ['name' => 'x']],
        'file' => $file,
        'verb' => 'get',
        'format' => 'binary',
        'email' => ['to' => 'a@example.com'],
        'text' => 'note',
        default => null,
    };
}

function deep(int $depth): array
{
    $v = ['leaf' => 1];
    for ($i = 0; $i < $depth; $i++) {
        $v = ['k' => $v];
    }
    return $v;
}

/** @return array<string, mixed> label => hostile value for a parameter of that kind */
function hostile_values(string $kind, string $work): array
{
    $common = [
        'object' => new stdClass(),
        'resource' => fopen('php://memory', 'r'),
        'NAN' => NAN,
        'nested array' => [[['x']]],
    ];
    return match ($kind) {
        'id' => $common + [
            'huge string' => str_repeat('x', 1 << 20),
            'dot-dot and NUL' => "a/../b\0c",
            'dot-dot' => '../admin',
            'slash' => 'a/b',
            'percent' => '%2e%2e',
        ],
        'data' => $common + [
            'non-string keys' => [1 => 'a', 2 => ['b']],
            'depth 1000' => deep(1000),
            'string' => 'x=1',
            'INF inside' => ['sweep' => ['n' => INF]],
        ],
        'file' => $common + [
            'missing file' => "$work/no/such/file.txt",
            'directory' => $work,
            'NUL in path' => "$work/a\0b",
            'huge path' => $work . '/' . str_repeat('d', 1 << 20),
        ],
        'query' => $common + [
            'depth 1000' => deep(1000),
            'NAN inside' => ['limit' => NAN],
        ],
        'options' => $common + ['depth 1000' => deep(1000), 'unknown key' => ['verbose' => true]],
        'version' => ['dot-dot' => '../v3', 'NUL' => "v3\0", 'huge' => str_repeat('v', 1 << 20)],
        'email' => $common + ['depth 1000' => deep(1000), 'non-string keys' => [1 => 'a']],
        default => $common + ['huge string' => str_repeat('x', 1 << 20)],
    };
}

/** A refusal names what was wrong, without dumping the value. */
function check_message(Throwable $e, string $where, callable $finding): void
{
    $msg = $e->getMessage();
    if (trim($msg) === '') {
        $finding($where, get_class($e) . ' with an empty message');
    } elseif (strlen($msg) > 2000) {
        $finding($where, get_class($e) . ' message of ' . strlen($msg) . ' bytes: ' . substr($msg, 0, 120) . '...');
    }
}

/** A request that was sent follows the documented route: every id stays in its own segment. */
function check_route(array $r, ?string $route, string $method, callable $finding): void
{
    $path = $r['path'];
    if (preg_match('#(^|/)\.\.?(/|$)#', $path) || str_contains($path, "\0")) {
        $finding($method, 'a request path with a dot segment or NUL: ' . substr($path, 0, 200));
    }
    if ($route !== null && !str_starts_with($route, '/{path}')) {
        $want = substr_count(rtrim($route, '/'), '/');
        $got = substr_count(rtrim($path, '/'), '/');
        if ($want !== $got) {
            $finding($method, "path $path has $got segments, the route $route has $want");
        }
    }
}
