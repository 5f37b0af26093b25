<?php
declare(strict_types=1);

/**
 * Every method of the documented PHP SDK's surface (php-surface.json) called against the
 * sandbox, through the drop-in Api\AppService class (the configured version, queries as
 * arrays) and through the modern Exsited\*Service (an explicit version, queries in the
 * documented '?k=v&..' string form): the request it sends (verb, path, query, body) must be the
 * `correct` one of the spec. Fails when a class, a method or a parameter is missing.
 */
final class SurfaceTest extends ExsitedTestCase
{
    private const CONFIGURED = 'v1';
    private const QUERY = ['limit' => '2', 'offset' => '0', 'order_by' => 'created_on', 'direction' => 'desc'];
    private const SAMPLE = ['name' => 'Sample', 'note' => 'x'];

    /** Arguments written into the query (their key and text). */
    private const QUERY_ARGS = [
        'ApiActionScript::execute::scriptUUID' => ['autoBillScriptUuid', '%s'],
        'UserSettings::readUserSettings::userUuid' => ['user', '%s'],
        'Setting::readRedemptionCodeDetails::redemptionCode' => ['filter', "discount_profiles/redemption_code eq '%s'"],
    ];

    private static ?array $spec = null;

    public static function spec(): array
    {
        if (self::$spec === null) {
            $dir = getenv('EXSITED_SPEC') ?: '/work/shared/spec';
            self::$spec = json_decode((string)file_get_contents("$dir/php-surface.json"), true, 512, JSON_THROW_ON_ERROR);
        }
        return self::$spec;
    }

    /** @return iterable<string, array{string, array<string, mixed>}> */
    public static function methods(): iterable
    {
        foreach (self::spec()['classes'] as $class) {
            foreach ($class['methods'] as $m) {
                yield explode('\\', $class['class'])[2] . '::' . $m['name'] => [$class['class'], $m];
            }
        }
    }

    public function testCounts(): void
    {
        $spec = self::spec();
        self::assertSame(47, $spec['class_count']);
        self::assertCount(47, $spec['classes']);
        self::assertSame(456, array_sum(array_map(fn ($c) => count($c['methods']), $spec['classes'])));
        self::assertCount(456, iterator_to_array(self::methods()));
    }

    /** @dataProvider methods */
    public function testMethodSendsItsCorrectRequest(string $class, array $m): void
    {
        $area = explode('\\', $class)[2];
        $data = new $class(new Api\Component\ApiConfig([
            'apiUrl' => Sandbox::url(),
            'client_id' => Sandbox::CLIENT_ID,
            'client_secret' => Sandbox::CLIENT_SECRET,
            'apiVersion' => self::CONFIGURED,
        ]));
        $modernClass = "Exsited\\{$area}Service";
        $modern = new $modernClass($this->client);

        $this->assertSignature(new ReflectionMethod($data, $m['name']), $m);
        // The modern class takes the call's options array as its last parameter, besides.
        $this->assertSignature(new ReflectionMethod($modern, $m['name']), $m, ['callOptions']);

        // The documented form: the configured version (or the method's pinned one), arrays.
        [$args, $expect] = $this->arguments($area, $m, null, false);
        $this->call($data, $m['name'], $args);
        $this->assertSent($expect);
        // The modern class: an explicit version, the documented query string form.
        [$args, $expect] = $this->arguments($area, $m, 'v2', true);
        $this->call($modern, $m['name'], $args);
        $this->assertSent($expect);
    }

    public function testIterateAllForEveryListMethodOfTheModernClasses(): void
    {
        $lists = 0;
        foreach (self::methods() as [$class, $m]) {
            if (!in_array('queryParams', array_column($m['params'], 'name'), true)) {
                continue;
            }
            $lists++;
            $area = explode('\\', $class)[2];
            $name = str_replace('ALl', 'All', $m['name']);
            $name = preg_match('/^(read|list|get)(?=[A-Z])/', $name)
                ? preg_replace('/^(read|list|get)/', 'iterate', $name)
                : 'iterate' . ucfirst($name);
            self::assertStringStartsWith('iterate', (string)$name);
            self::assertTrue(method_exists("Exsited\\{$area}Service", (string)$name), "Exsited\\{$area}Service::$name");
        }
        self::assertGreaterThan(50, $lists);
    }

    public function testCustomRequestTakesTheCallersVerbAndPath(): void
    {
        $labours = new Exsited\LabourService($this->client);
        $this->call($labours, 'customRequest', ['labours/L-1/orders', 'get', ['limit' => 2]]);
        $this->assertSent(['verb' => 'GET', 'path' => '/api/v3/labours/L-1/orders', 'query' => ['limit' => '2'], 'json' => null, 'parts' => []]);
        $this->call($labours, 'customRequest', ['labours/L-1', 'delete', ['ignored' => 1], 'v2']);
        $this->assertSent(['verb' => 'DELETE', 'path' => '/api/v2/labours/L-1', 'query' => [], 'json' => null, 'parts' => []]);
        $this->call($labours, 'customRequest', ['labours/L-1', 'patch', ['name' => 'N']]);
        $this->assertSent(['verb' => 'PATCH', 'path' => '/api/v3/labours/L-1', 'query' => [], 'json' => ['name' => 'N'], 'parts' => []]);
        try {
            $labours->customRequest('labours', 'fetch');
            self::fail('expected a UsageException');
        } catch (Exsited\Exception\UsageException $e) {
            self::assertStringContainsString('requestMethod', $e->getMessage());
        }
    }

    public function testPdfsAreAnsweredAsBytes(): void
    {
        $invoices = new Exsited\InvoiceService($this->client);
        $orders = new Exsited\OrderService($this->client);
        foreach ([[$invoices, 'invoicePdf', 'invoices'], [$orders, 'orderPdf', 'orders']] as [$svc, $method, $collection]) {
            $bytes = $svc->$method('X-1');
            $seen = self::lastRequest();
            self::assertSame("/api/v2/$collection/X-1/pdf", $seen['path']);
            self::assertStringStartsWith('application/pdf', $seen['headers']['accept']);
            self::assertIsString($bytes);
            self::assertNotSame('', $bytes);
            self::assertSame(bin2hex($bytes), $svc->$method('X-1', null, 'hex'));
            self::assertSame(base64_encode($bytes), $svc->$method('X-1', 'v3', 'base64'));
            self::assertSame("/api/v3/$collection/X-1/pdf", self::lastRequest()['path']);
        }
        // readPdf asks the same endpoint: the answer is the PDF, so it gives the bytes too (the
        // documented SDK json_decodes them into null).
        self::assertStringStartsWith('%PDF', $invoices->readPdf('X-1'));
        self::assertStringStartsWith('application/pdf', self::lastRequest()['headers']['accept']);
    }

    private function assertSignature(ReflectionMethod $r, array $m, array $extra = []): void
    {
        $ours = array_map(fn ($p) => $p->getName(), $r->getParameters());
        self::assertSame([...array_column($m['params'], 'name'), ...$extra], $ours, 'parameter names and order');
        foreach (array_slice($r->getParameters(), count($m['params'])) as $p) {
            self::assertTrue($p->isOptional(), '$' . $p->getName() . ' optional');
        }
        foreach (array_slice($r->getParameters(), 0, count($m['params'])) as $i => $p) {
            // PHP treats an optional parameter before a required one as required.
            $later = array_slice($m['params'], $i + 1);
            $optional = !$m['params'][$i]['required'] && !in_array(true, array_column($later, 'required'), true);
            self::assertSame($optional, $p->isOptional(), '$' . $p->getName() . ' optional');
        }
    }

    /** Calls a method; a record the sandbox does not have still counts as sent. */
    private function call(object $svc, string $method, array $args): void
    {
        Sandbox::clearRequests();
        try {
            $svc->$method(...$args);
        } catch (Exsited\Exception\ApiException $e) {
            self::assertContains($e->getStatusCode(), [400, 404, 405, 409, 422], $e->getMessage());
        }
    }

    /**
     * The arguments of one call and the request they must give.
     *
     * @return array{array<int, mixed>, array<string, mixed>}
     */
    private function arguments(string $area, array $m, ?string $version, bool $stringQuery): array
    {
        $h = $m['http'];
        $target = $h['correct'] ?? $h;
        $body = $target['body'] ?? $h['body'];
        $args = [];
        $values = [];
        $query = [];
        $json = null;
        $parts = [];
        foreach ($m['params'] as $p) {
            $name = $p['name'];
            $queryArg = self::QUERY_ARGS["$area::{$m['name']}::$name"] ?? null;
            if ($name === 'apiVersion') {
                $args[] = $version;
            } elseif ($name === 'queryParams') {
                $args[] = $stringQuery ? '?' . http_build_query(self::QUERY) : self::QUERY;
                $query += self::QUERY;
            } elseif ($name === 'path' && $m['name'] === 'customRequest') {
                $args[] = '/wire-test//custom-path/';
            } elseif ($name === 'requestMethod') {
                $args[] = 'POST';
            } elseif ($queryArg !== null) {
                $args[] = "$name-1";
                $query[$queryArg[0]] = sprintf($queryArg[1], "$name-1");
            } elseif (str_contains($target['path'], '{' . $name . '}')) {
                $args[] = "$name-1";
                $values[$name] = "$name-1";
            } elseif ($name === 'filePath' && str_contains($body, 'image=@')) {
                $args[] = self::tempFile('sample.png', "\x89PNG\r\n\x1a\nsample");
                $parts['file'] = 'sample.png';
            } elseif ($name === 'filePath') {
                $args[] = self::tempFile('sample.txt', 'sample file');
                $parts['file'] = 'sample.txt';
            } elseif ($name === 'note') {
                $args[] = 'hello';
                $parts['note'] = 'hello';
            } elseif ($name === 'format') {
                $args[] = 'binary';
            } elseif (preg_match('/^json:(\{"(\w+)": (\{"(\w+)": )?)?\$' . $name . '\b/', $body, $g)) {
                $args[] = self::SAMPLE;
                $json = self::SAMPLE;
                if (($g[4] ?? '') !== '') {
                    $json = [$g[4] => $json];
                }
                if (($g[2] ?? '') !== '') {
                    $json = [$g[2] => $json];
                }
            } else {
                // taken, not sent (readAccountInvoices' $params)
                $args[] = [];
            }
        }
        $expectVersion = $version ?? $this->defaultVersion($h);
        $path = preg_replace('#/\{queryParams\}#', '', trim(explode('?', $target['path'])[0]));
        $path = str_replace('{apiVersion}', $expectVersion, $path);
        $path = preg_replace_callback('/\{(\w+)\}/', fn ($g) => $values[$g[1]] ?? "MISSING-{$g[1]}", $path);
        $path = rtrim(preg_replace('#/+#', '/', $path), '/');
        return [$args, ['verb' => $target['verb'], 'path' => $path, 'query' => $query, 'json' => $json, 'parts' => $parts]];
    }

    /** The version a method uses when the caller gives none. */
    private function defaultVersion(array $h): string
    {
        if (!isset($h['correct']['version']) && preg_match("/^\\\$apiVersion(?: = | \\?\\? )'(v\\d)'/", $h['version'], $g)) {
            return $g[1];
        }
        return self::CONFIGURED;
    }

    private function assertSent(array $expect): void
    {
        $seen = self::lastRequest();
        self::assertSame($expect['verb'], $seen['method']);
        self::assertSame($expect['path'], $seen['path']);
        self::assertEquals($expect['query'], $seen['query_params'], 'query');
        self::assertEquals($expect['json'], $seen['body'], 'JSON body');
        $files = array_values(array_filter(array_map(fn ($p) => $p['filename'] ?? null, $seen['parts'])));
        $texts = [];
        foreach ($seen['parts'] as $p) {
            if (($p['filename'] ?? null) === null && ($p['text'] ?? '') !== '') {
                $texts[$p['name']] = $p['text'];
            }
        }
        $wantFiles = isset($expect['parts']['file']) ? [$expect['parts']['file']] : [];
        $wantTexts = array_filter($expect['parts'], fn ($k) => $k !== 'file', ARRAY_FILTER_USE_KEY);
        self::assertSame($wantFiles, $files, 'files');
        self::assertEquals($wantTexts, $texts, 'text parts');
    }
}
