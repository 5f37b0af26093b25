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
            'image not an image' => [fn ($s) => $s->addImage(__FILE__, 'SD0001')],
            'negative limit (array)' => [fn ($s) => $s->readAll(null, ['limit' => -1])],
            'negative limit (query string)' => [fn ($s) => $s->readAll(null, '?limit=-5')],
            'fractional offset' => [fn ($s) => $s->readAll(null, ['offset' => 1.5])],
            'cancel date not ISO' => [fn ($s) => $s->cancel('SD0001', ['account' => ['effective_date' => '17/12/2024']])],
            'reactivate date impossible' => [fn ($s) => $s->reactivate('SD0001', ['account' => ['effective_date' => '2023-02-29']])],
            'e-mail without to' => [fn ($s) => $s->sendEmail('SD0001', ['subject' => 'S', 'body' => 'B'])],
            'e-mail unknown key' => [fn ($s) => $s->sendEmail('SD0001', ['to' => 'a@example.com', 'text' => 'B'])],
            'e-mail address not a string' => [fn ($s) => $s->sendEmail('SD0001', ['to' => [42]])],
            'e-mail subject not a string' => [fn ($s) => $s->sendEmail('SD0001', ['to' => 'a@example.com', 'subject' => ['S']])],
            'e-mail attachment is a directory' => [fn ($s) => $s->sendEmail('SD0001', ['to' => 'a@example.com'], $dir)],
            'e-mail uuid empty' => [fn ($s) => $s->readEmailDetails('SD0001', '')],
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

    /** Messages name the PHP type, as PHP's own TypeErrors do. */
    public function testMessagesUsePhpTypeNames(): void
    {
        $cases = [
            'float' => fn ($s) => $s->readDetails(1.5),
            'bool' => fn ($s) => $s->readDetails(true),
            'array' => fn ($s) => $s->readDetails([]),
            'object(stdClass)' => fn ($s) => $s->readDetails(new stdClass()),
            'int' => fn ($s) => $s->create(7),
            'string' => fn ($s) => $s->update('x', 'SD0001'),
        ];
        foreach ($cases as $type => $call) {
            try {
                $call($this->accountService);
                self::fail("expected UsageException for $type");
            } catch (UsageException $e) {
                self::assertStringEndsWith("got $type", $e->getMessage());
                self::assertDoesNotMatchRegularExpression('/\b(Double|Long|True|False|Null|Object)\b/', $e->getMessage());
            }
        }
        try {
            $this->accountService->readAll(null, 2.5);
            self::fail('expected UsageException');
        } catch (UsageException $e) {
            self::assertStringEndsWith('got float', $e->getMessage());
        }
        try {
            new Exsited\Client(['base_url' => Sandbox::url(), 'client_id' => 'c', 'client_secret' => 's', 'redirect_uri' => null, 'proxy' => 5]);
            self::fail('expected ConfigException');
        } catch (Exsited\Exception\ConfigException $e) {
            self::assertSame('proxy must be a string, got int', $e->getMessage());
        }
    }

    public function testDirectoryGivenAsAFile(): void
    {
        $dir = sys_get_temp_dir();
        try {
            $this->accountService->addNote($dir, 'n', 'SD0001');
            self::fail('expected UsageException');
        } catch (UsageException $e) {
            self::assertSame("$dir is a directory, not a file", $e->getMessage());
        }
        try {
            self::newClient(['ca_cert_file' => $dir]);
            self::fail('expected ConfigException');
        } catch (Exsited\Exception\ConfigException $e) {
            self::assertSame("ca_cert_file: $dir is a directory, not a file", $e->getMessage());
        }
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
