<?php
declare(strict_types=1);

/** Collects the records a PSR-3 logger would get (any object with log() will do). */
final class CollectingLogger
{
    /** @var list<array{0: string, 1: string, 2: array}> */
    public array $records = [];

    public function log($level, $message, array $context = []): void
    {
        $this->records[] = [(string) $level, (string) $message, $context];
    }

    /** @return list<string> the messages at $level */
    public function at(string $level): array
    {
        return array_values(array_map(fn ($r) => $r[1], array_filter($this->records, fn ($r) => $r[0] === $level)));
    }
}

final class ThrowingLogger
{
    public function log($level, $message, array $context = []): void
    {
        throw new RuntimeException('logger is broken');
    }
}

/** The core's log events reach a PSR-3 logger, or error_log when exsited.log_level asks. */
final class LoggingTest extends ExsitedTestCase
{
    private function failOnce(): void
    {
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v3/accounts', 'kind' => 'status', 'status' => 503, 'times' => 1]);
    }

    public function testARetryAndTheTokenFetchReachThePsr3LoggerAtInfo(): void
    {
        $logger = new CollectingLogger();
        // A redirect URI no other test uses: a token request of its own, so this client
        // fetches a token (clients of one process share the token of their credentials).
        $svc = new Exsited\AccountService(self::newClient(['logger' => $logger, 'redirect_uri' => 'https://app.example/logging-test']));
        $this->failOnce();
        $svc->readAll();
        $info = $logger->at('info');
        self::assertNotEmpty(array_filter($info, fn ($m) => str_starts_with($m, 'retrying') && str_contains($m, '503')), implode("\n", $info));
        self::assertNotEmpty(array_filter($info, fn ($m) => str_contains($m, 'requesting an access token')), implode("\n", $info));
        $debug = implode("\n", $logger->at('debug'));
        self::assertStringContainsString('request accounts.list: GET', $debug);
        self::assertStringContainsString('response accounts.list: HTTP 200', $debug);
        $all = implode("\n", array_map(fn ($r) => $r[1], $logger->records));
        self::assertStringNotContainsString(Sandbox::CLIENT_SECRET, $all);
        self::assertStringNotContainsString('Bearer', $all);
    }

    public function testALoggerThatThrowsDoesNotFailTheCall(): void
    {
        $svc = new Exsited\AccountService(self::newClient(['logger' => new ThrowingLogger()]));
        $this->failOnce();
        self::assertNotNull($svc->readAll());
    }

    public function testALoggerWithoutLogIsAConfigError(): void
    {
        $this->expectException(Exsited\Exception\ConfigException::class);
        $this->expectExceptionMessage('PSR-3');
        self::newClient(['logger' => new stdClass()]);
    }

    public function testErrorLogGetsInfoWhenTheIniSettingAsks(): void
    {
        $file = tempnam(sys_get_temp_dir(), 'exsited-log');
        $oldLog = ini_set('error_log', $file);
        $oldLevel = ini_get('exsited.log_level');
        try {
            self::assertSame('warning', $oldLevel);
            self::assertFalse(ini_set('exsited.log_level', 'loud'));
            $this->failOnce();
            $this->accountService->readAll();
            self::assertStringNotContainsString('retrying', (string) file_get_contents($file));

            ini_set('exsited.log_level', 'info');
            $this->failOnce();
            $this->accountService->readAll();
            $text = (string) file_get_contents($file);
            self::assertStringContainsString('exsited info: retrying', $text);
            self::assertStringNotContainsString('exsited debug', $text);
            self::assertStringNotContainsString(Sandbox::CLIENT_SECRET, $text);
        } finally {
            ini_set('exsited.log_level', (string) $oldLevel);
            ini_set('error_log', $oldLog === false ? '' : $oldLog);
            @unlink($file);
        }
    }
}
