<?php
declare(strict_types=1);

use Exsited\Exception as E;

/** The options array, last argument of every service method, and the request id on errors. */
final class CallOptionsTest extends ExsitedTestCase
{
    public function testShorterTimeoutAppliesToThatCallOnly(): void
    {
        $svc = new Exsited\AccountService(self::newClient(['timeout' => 5, 'max_retries' => 0]));
        $svc->readFinancialSummary(); // token first
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v2/accounts/financial-summary', 'kind' => 'delay', 'delay_ms' => 3000]);
        $started = microtime(true);
        try {
            $svc->readFinancialSummary(null, ['timeout' => 0.3]);
            self::fail('expected a timeout');
        } catch (E\TimeoutException $e) {
            self::assertLessThan(1.5, microtime(true) - $started);
            self::assertNull($e->getRequestId(), 'no answer, no request id');
            self::assertSame([], $e->getHeaders());
        }
        self::assertNotNull($svc->readFinancialSummary()); // the client's own timeout again
    }

    public function testMaxRetriesZeroStopsRetries(): void
    {
        $svc = new Exsited\AccountService(self::newClient(['max_retries' => 2]));
        $svc->readFinancialSummary();
        Sandbox::clearRequests();
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v2/accounts/financial-summary', 'kind' => 'status', 'status' => 503, 'times' => 10]);
        try {
            $svc->readFinancialSummary(null, ['max_retries' => 0]);
            self::fail('expected a server error');
        } catch (E\ServerException $e) {
            self::assertSame(503, $e->getStatusCode());
        }
        self::assertCount(1, self::dataRequests());
    }

    public function testHeadersAndIdempotencyKeyAreSent(): void
    {
        $this->accountService->create(
            ['name' => 'Key', 'email_address' => 'key@example.com'],
            'v3',
            ['extra_headers' => ['X-Trace' => 't-1'], 'idempotency_key' => 'acct-42']
        );
        $sent = self::lastRequest()['headers'];
        self::assertSame('t-1', $sent['x-trace']);
        self::assertSame('acct-42', $sent['x-idempotency-key']);
    }

    public function testIterateAllTakesTheCallOptions(): void
    {
        Sandbox::seed(3);
        Sandbox::clearRequests();
        $n = 0;
        foreach ($this->accountService->iterateAll(['limit' => 2, 'extra_headers' => ['X-Trace' => 'pages']]) as $_) {
            $n++;
        }
        self::assertGreaterThanOrEqual(3, $n);
        foreach (self::dataRequests() as $r) {
            self::assertSame('pages', $r['headers']['x-trace']);
        }
    }

    public static function badOptions(): array
    {
        return [
            [['timeout' => 0], 'timeout must be'],
            [['timeout' => 'soon'], 'timeout must be'],
            [['max_retries' => 11], 'max_retries must be'],
            [['extra_headers' => ['Authorization' => 'Bearer x']], 'set by the client'],
            [['extra_headers' => 'X-A: b'], 'extra_headers must be an array'],
            [['idempotency_key' => ''], 'idempotency_key must be'],
            [['retries' => 1], 'unknown call option'],
            ['fast', 'must be an array'],
        ];
    }

    /** @dataProvider badOptions */
    public function testBadOptionsAreConfigExceptionsBeforeAnyRequest(mixed $options, string $words): void
    {
        try {
            $this->accountService->readDetails('ACC-1', null, $options);
            self::fail('expected a ConfigException');
        } catch (E\ConfigException $e) {
            self::assertStringContainsString($words, $e->getMessage());
        }
        self::assertSame([], self::dataRequests());
    }

    public function testApiErrorsCarryTheRequestIdAndHeaders(): void
    {
        try {
            $this->accountService->readDetails('NO-SUCH-ACCOUNT');
            self::fail('expected a 404');
        } catch (E\NotFoundException $e) {
            $id = $e->getRequestId();
            self::assertIsString($id);
            self::assertStringStartsWith('req-', $id);
            self::assertSame($id, $e->getHeaders()['x-request-id']);
        }
    }

    public function testClientKeepsTheLastAnswersHeaders(): void
    {
        self::assertSame([], $this->client->getLastResponseHeaders());
        self::assertNull($this->client->getLastRequestId());
        $this->accountService->readFinancialSummary();
        $first = $this->client->getLastRequestId();
        self::assertIsString($first);
        self::assertSame($first, $this->client->getLastResponseHeaders()['x-request-id']);
        try {
            $this->accountService->readDetails('NO-SUCH-ACCOUNT');
            self::fail('expected a 404');
        } catch (E\NotFoundException $e) {
            self::assertSame($e->getRequestId(), $this->client->getLastRequestId());
            self::assertNotSame($first, $e->getRequestId());
        }
    }

    public function testLastHeadersOfASuccessAreMaskedWhenRead(): void
    {
        $this->accountService->readFinancialSummary(); // token first
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v2/accounts/financial-summary', 'kind' => 'status',
            'status' => 200, 'body' => ['account' => ['financial_summary' => []]],
            'headers' => ['set-cookie' => 'session=s3cr3t-cookie']]);
        $this->accountService->readFinancialSummary();
        $headers = $this->client->getLastResponseHeaders();
        self::assertSame('***', $headers['set-cookie']);
        self::assertSame($headers['x-request-id'], $this->client->getLastRequestId());
        self::assertStringNotContainsString('s3cr3t-cookie', print_r($headers, true));
    }
}
