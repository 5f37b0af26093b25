<?php
declare(strict_types=1);

use Api\AppService\AutoBillApiException;
use Exsited\Exception as E;

/** Each exception class, produced with the sandbox's fault hooks. */
final class ExceptionsTest extends ExsitedTestCase
{
    private function noRetry(array $extra = []): Exsited\AccountService
    {
        return new Exsited\AccountService(self::newClient($extra + ['max_retries' => 0]));
    }

    public static function statuses(): array
    {
        return [
            [400, E\ValidationException::class],
            [422, E\ValidationException::class],
            [403, E\PermissionDeniedException::class],
            [404, E\NotFoundException::class],
            [409, E\ConflictException::class],
            [429, E\RateLimitException::class],
            [500, E\ServerException::class],
            [503, E\ServerException::class],
            [405, E\ApiException::class],
        ];
    }

    /** @dataProvider statuses */
    public function testHttpStatusMapsToClass(int $status, string $class): void
    {
        $svc = $this->noRetry();
        $svc->readFinancialSummary(); // token first, so the fault hits the data call
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v2/accounts/financial-summary', 'kind' => 'status', 'status' => $status,
            'body' => ['errors' => [['code' => (string)$status, 'message' => "first $status"], ['message' => 'second']]]]);
        try {
            $svc->readFinancialSummary();
            self::fail('expected an exception');
        } catch (AutoBillApiException $e) {
            self::assertSame($class, get_class($e));
            self::assertInstanceOf(E\ExsitedException::class, $e);
            self::assertInstanceOf(E\ApiException::class, $e);
            self::assertInstanceOf(\Exception::class, $e);
            self::assertSame($status, $e->getStatusCode());
            self::assertSame($status, $e->getCode());
            self::assertSame(["first $status", 'second'], $e->getErrors());
            self::assertSame("first $status", $e->getRawResponse()->errors[0]->message);
            self::assertStringContainsString("first $status", $e->getMessage());
            self::assertSame('financial_summary.all', $e->getOperation());
        }
    }

    public function testErrorsDoNotPileUp(): void
    {
        $svc = $this->noRetry();
        foreach (['one', 'two'] as $msg) {
            Sandbox::fault(['method' => 'GET', 'path' => '/api/v2/accounts/financial-summary', 'kind' => 'status', 'status' => 400,
                'body' => ['errors' => [['message' => $msg]]]]);
            try {
                $svc->readFinancialSummary();
                self::fail('expected an exception');
            } catch (E\ValidationException $e) {
                self::assertSame([$msg], $e->getErrors());
            }
        }
    }

    public function testRetryAfterIsKept(): void
    {
        $svc = $this->noRetry();
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v3/accounts', 'kind' => 'status', 'status' => 429, 'retry_after' => '7']);
        try {
            $svc->readAll();
            self::fail('expected an exception');
        } catch (E\RateLimitException $e) {
            self::assertSame(7.0, $e->getRetryAfter());
            self::assertSame('rate_limit', $e->getKind());
        }
    }

    public function testAuthenticationFailure(): void
    {
        $svc = new Exsited\AccountService(self::newClient(['client_secret' => 'not-the-secret-xyz']));
        try {
            $svc->readAll();
            self::fail('expected an exception');
        } catch (E\AuthenticationException $e) {
            self::assertSame(401, $e->getStatusCode());
            self::assertStringNotContainsString('not-the-secret-xyz', $e->getMessage() . json_encode($e->getRawResponse()) . $e->getTraceAsString());
        }
    }

    public function testTimeout(): void
    {
        $svc = $this->noRetry(['timeout' => 0.3]);
        $svc->readFinancialSummary();
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v2/accounts/financial-summary', 'kind' => 'delay', 'delay_ms' => 2000]);
        $this->expectException(E\TimeoutException::class);
        $svc->readFinancialSummary();
    }

    public function testConnectionDropped(): void
    {
        $svc = $this->noRetry();
        $svc->readFinancialSummary();
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v2/accounts/financial-summary', 'kind' => 'drop']);
        $this->expectException(E\ConnectionException::class);
        $svc->readFinancialSummary();
    }

    public function testConnectionRefused(): void
    {
        $svc = new Exsited\AccountService(new Exsited\Client(['base_url' => 'http://127.0.0.1:1', 'client_id' => 'x', 'client_secret' => 'y', 'max_retries' => 0]));
        $this->expectException(E\ConnectionException::class);
        $svc->readAll();
    }

    public function testMalformedAnswer(): void
    {
        $svc = $this->noRetry();
        $svc->readFinancialSummary();
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v2/accounts/financial-summary', 'kind' => 'malformed']);
        try {
            $svc->readFinancialSummary();
            self::fail('expected an exception');
        } catch (E\DecodeException $e) {
            self::assertSame('decode', $e->getKind());
            self::assertSame(200, $e->getStatusCode());
        }
    }

    public function testHtmlErrorPage(): void
    {
        $svc = $this->noRetry();
        $svc->readFinancialSummary();
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v2/accounts/financial-summary', 'kind' => 'html', 'status' => 502]);
        try {
            $svc->readFinancialSummary();
            self::fail('expected an exception');
        } catch (E\ServerException $e) {
            self::assertSame(502, $e->getStatusCode());
            self::assertSame([], $e->getErrors());
            self::assertIsString($e->getRawResponse());
        }
    }

    public function testUploadErrorsThrowToo(): void
    {
        $id = $this->newAccount()->id;
        $file = self::tempFile('up.txt', 'x');
        Sandbox::fault(['method' => 'POST', 'path' => "/api/v3/accounts/$id/notes", 'kind' => 'status', 'status' => 400,
            'body' => ['errors' => [['message' => 'upload refused']]]]);
        try {
            $this->noRetry()->addNote($file, 'n', $id);
            self::fail('expected an exception');
        } catch (E\ValidationException $e) {
            self::assertSame(['upload refused'], $e->getErrors());
        }
    }

    public function testUsageAndConfigClasses(): void
    {
        self::assertTrue(is_subclass_of(E\ConfigException::class, E\UsageException::class));
        self::assertTrue(is_subclass_of(E\UsageException::class, AutoBillApiException::class));
        self::assertTrue(is_subclass_of(E\TimeoutException::class, E\ExsitedException::class));
        try {
            new Exsited\Client(['base_url' => 'http://api.example.com', 'client_id' => 'a', 'client_secret' => 'b']);
            self::fail('plain http to a remote host must be refused');
        } catch (E\ConfigException $e) {
            self::assertNull($e->getStatusCode());
            self::assertSame('config', $e->getKind());
        }
        $this->expectException(E\ConfigException::class);
        new Exsited\Client(['base_url' => Sandbox::url(), 'client_id' => 'a', 'client_secret' => 'b', 'tiemout' => 3]);
    }

    public function testSubclassInPhpKeepsTheMethods(): void
    {
        $e = new class ('x') extends E\NotFoundException {
        };
        self::assertNull($e->getStatusCode());
        self::assertSame([], $e->getErrors());
    }
}
