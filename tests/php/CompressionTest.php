<?php
declare(strict_types=1);

use Exsited\Exception as E;

/**
 * Compressed answers, as a real Exsited server behind a CDN sends them: the extension asks
 * for gzip, reads a gzip answer as usual, and refuses a decompression bomb or a corrupt body
 * with a DecodeException, without asking again.
 */
final class CompressionTest extends ExsitedTestCase
{
    /** Over the default answer limit (64 MiB; `max_response_bytes` sets another). */
    private const OVER_THE_LIMIT = 80 * 1024 * 1024;

    protected function tearDown(): void
    {
        Sandbox::hook('POST', 'config', ['compress' => false]);
        parent::tearDown();
    }

    public function testGzipAnswersReadAsUsual(): void
    {
        Sandbox::hook('POST', 'config', ['compress' => true]);
        $ids = Sandbox::seed(3)['ids'];
        $page = $this->accountService->readAll('v2');
        self::assertNotEmpty($page->accounts);
        self::assertIsString($page->accounts[0]->name);
        foreach ($ids as $id) {
            self::assertSame($id, $this->accountService->readDetails($id)->account->id);
        }
        self::assertStringContainsString('gzip', self::lastRequest()['headers']['accept-encoding'] ?? '');

        // The sandbox did compress: a request asking for gzip gets gzip bytes back.
        $context = stream_context_create(['http' => ['method' => 'POST', 'header' => "Content-Type: application/json\r\nAccept-Encoding: gzip\r\n",
            'content' => json_encode(['grant_type' => 'client_credentials', 'client_id' => Sandbox::CLIENT_ID, 'client_secret' => Sandbox::CLIENT_SECRET])]]);
        $raw = file_get_contents(Sandbox::url() . '/api/v1/oauth2/token', false, $context);
        self::assertContains('content-encoding: gzip', array_map('strtolower', $http_response_header));
        // The gzip magic bytes (PHP's zlib extension, which could inflate it, is optional).
        self::assertSame("\x1f\x8b", substr((string)$raw, 0, 2));
    }

    public function testAGzipBombIsRefusedAtTheAnswerLimit(): void
    {
        $svc = new Exsited\AccountService(self::newClient(['max_retries' => 2]));
        $svc->readAll();
        Sandbox::clearRequests();
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v3/accounts', 'kind' => 'gzip_bomb', 'size_bytes' => self::OVER_THE_LIMIT]);
        try {
            $svc->readAll();
            self::fail('expected an exception');
        } catch (E\DecodeException $e) {
            self::assertStringContainsString('max_response_bytes', $e->getMessage());
            // As any 200 that cannot be read: its status and request id are kept.
            self::assertSame(200, $e->getStatusCode());
            self::assertStringStartsWith('req-', (string)$e->getRequestId());
        }
        self::assertCount(1, self::dataRequests());
        $svc->readAll();
    }

    public function testACorruptGzipBodyIsADecodeError(): void
    {
        $svc = new Exsited\AccountService(self::newClient(['max_retries' => 2]));
        $svc->readAll();
        Sandbox::clearRequests();
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v3/accounts', 'kind' => 'bad_gzip']);
        try {
            $svc->readAll();
            self::fail('expected an exception');
        } catch (E\DecodeException $e) {
            self::assertStringContainsString('corrupt', $e->getMessage());
            self::assertSame(200, $e->getStatusCode());
        }
        self::assertCount(1, self::dataRequests());
    }
}
