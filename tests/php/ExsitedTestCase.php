<?php
declare(strict_types=1);

use PHPUnit\Framework\TestCase;

/** Common set-up: a client on the sandbox, a clean request log and no faults. */
abstract class ExsitedTestCase extends TestCase
{
    protected Exsited\Client $client;
    protected Exsited\AccountService $accountService;

    protected function setUp(): void
    {
        Sandbox::clearFaults();
        $this->client = self::newClient();
        $this->accountService = new Exsited\AccountService($this->client);
        Sandbox::clearRequests();
    }

    protected function tearDown(): void
    {
        Sandbox::clearFaults();
    }

    public static function newClient(array $extra = []): Exsited\Client
    {
        return new Exsited\Client($extra + [
            'base_url' => Sandbox::url(),
            'client_id' => Sandbox::CLIENT_ID,
            'client_secret' => Sandbox::CLIENT_SECRET,
            'redirect_uri' => 'https://app.example/callback',
        ]);
    }

    /** The data requests the sandbox received since the last clear (token requests left out). */
    protected static function dataRequests(): array
    {
        return array_values(array_filter(
            Sandbox::requests(),
            fn ($r) => !str_starts_with($r['path'], '/api/v1/oauth2/')
        ));
    }

    /** The last data request that the sandbox answered with a non-401 status. */
    protected static function lastRequest(): array
    {
        $reqs = array_values(array_filter(self::dataRequests(), fn ($r) => ($r['status'] ?? 0) !== 401));
        self::assertNotEmpty($reqs, 'the sandbox received no data request');
        return $reqs[count($reqs) - 1];
    }

    protected static function assertRequest(string $method, string $path, ?array $body = null, ?string $query = null): array
    {
        $r = self::lastRequest();
        self::assertSame($method, $r['method']);
        self::assertSame($path, $r['path']);
        if ($body !== null) {
            self::assertEquals($body, $r['body']);
        }
        if ($query !== null) {
            self::assertSame($query, $r['query']);
        }
        return $r;
    }

    /** A new account of its own for a test. */
    protected function newAccount(string $name = 'abcd'): stdClass
    {
        $r = $this->accountService->create(['name' => $name, 'email_address' => strtolower($name) . '@example.com'], 'v3');
        Sandbox::clearRequests();
        return $r->account;
    }

    protected static function tempFile(string $name, string $content): string
    {
        $path = exsited_temp_dir('exsited-php-tests') . "/$name";
        file_put_contents($path, $content);
        return $path;
    }
}
