<?php
declare(strict_types=1);

use Exsited\Exception as E;

/**
 * `max_response_bytes` and `max_upload_bytes`, the two memory bounds of Exsited\Client: an
 * answer over the first is a DecodeException that keeps its status and names the option;
 * files over the second are refused before anything is sent.
 */
final class SizeLimitTest extends ExsitedTestCase
{
    public function testAnAnswerOverMaxResponseBytesIsRefusedAndNamesTheOption(): void
    {
        $small = new Exsited\AccountService(self::newClient(['max_retries' => 0, 'max_response_bytes' => 4096]));
        $id = $this->newAccount()->id;
        self::assertSame($id, $small->readDetails($id)->account->id); // about 2 kB: read
        Sandbox::seed(50);
        try {
            $small->readAll('v2', ['limit' => 50]);
            self::fail('expected a DecodeException');
        } catch (E\DecodeException $e) {
            self::assertSame(200, $e->getStatusCode());
            self::assertStringContainsString('max_response_bytes', $e->getMessage());
            self::assertStringContainsString('4096 bytes', $e->getMessage());
        }
        // The same page under the default bound (64 MiB) is read whole.
        self::assertCount(50, $this->accountService->readAll('v2', ['limit' => 50])->accounts);
    }

    public function testFilesOverMaxUploadBytesAreRefusedBeforeAnyRequest(): void
    {
        $small = new Exsited\AccountService(self::newClient(['max_retries' => 0, 'max_upload_bytes' => 2048]));
        $id = $this->newAccount()->id;
        $fits = self::tempFile('fits.txt', str_repeat('a', 1500));
        $tooBig = self::tempFile('big.txt', str_repeat('b', 3000));
        $small->addNote($fits, 'fits', $id, 'v3');
        Sandbox::clearRequests();
        try {
            $small->addNote($tooBig, 'too big', $id, 'v3');
            self::fail('expected a UsageException');
        } catch (E\UsageException $e) {
            self::assertStringContainsString('3000 bytes, over the upload limit of 2048 bytes', $e->getMessage());
        }
        self::assertSame([], self::dataRequests());
    }
}
