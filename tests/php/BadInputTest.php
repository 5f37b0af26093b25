<?php
declare(strict_types=1);

use Exsited\Exception\UsageException;

/** Bad input is refused before any request is sent. */
final class BadInputTest extends ExsitedTestCase
{
    public static function badCalls(): array
    {
        $dir = sys_get_temp_dir();
        return [
            'empty id' => [fn ($s) => $s->readDetails('')],
            'blank id' => [fn ($s) => $s->readDetails('   ')],
            'null id' => [fn ($s) => $s->readDetails(null)],
            'dot-dot id' => [fn ($s) => $s->readDetails('..')],
            'array id' => [fn ($s) => $s->delete(['x'])],
            'params not an array' => [fn ($s) => $s->create('name=abcd')],
            'params null' => [fn ($s) => $s->update(null, 'SD0001')],
            'cancel body a list' => [fn ($s) => $s->cancel('SD0001', ['2024-12-17'])],
            'unreadable file' => [fn ($s) => $s->addNote('/no/such/file.txt', 'n', 'SD0001')],
            'directory as file' => [fn ($s) => $s->addImage($dir, 'SD0001')],
            'nine files' => [fn ($s) => $s->addNoteFiles(array_fill(0, 9, __FILE__), 'SD0001', 'uuid')],
            'no file to attach' => [fn ($s) => $s->addNoteFiles([], 'SD0001', 'uuid')],
            'file list with non-strings' => [fn ($s) => $s->addNoteFiles([1, 2], 'SD0001', 'uuid')],
            'bad version' => [fn ($s) => $s->readAll('v9')],
            'nested query value' => [fn ($s) => $s->readAll(null, ['limit' => [1]])],
            'query of wrong type' => [fn ($s) => $s->readAll(null, 5)],
            'two images' => [fn ($s) => $s->addImage([__FILE__, __FILE__], 'SD0001')],
        ];
    }

    /** @dataProvider badCalls */
    public function testRefusedBeforeAnyRequest(callable $call): void
    {
        try {
            $call($this->accountService);
            self::fail('expected UsageException');
        } catch (UsageException $e) {
            self::assertSame('usage', $e->getKind());
        }
        self::assertCount(0, self::dataRequests());
    }

    public function testMissingArgumentIsATypeError(): void
    {
        $this->expectException(ArgumentCountError::class);
        $this->accountService->readDetails();
    }

    public function testOptionsMustBeAnArray(): void
    {
        $this->expectException(TypeError::class);
        new Exsited\Client('https://x.example');
    }

    public function testMissingCredentials(): void
    {
        $this->expectException(Exsited\Exception\ConfigException::class);
        new Exsited\Client(['base_url' => Sandbox::url()]);
    }
}
