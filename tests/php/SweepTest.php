<?php
declare(strict_types=1);

use PHPUnit\Framework\TestCase;

/**
 * Bad-input sweep over every method of every generated class (php/tools/phpdoc.json): each
 * parameter gets hostile values (object, resource, NAN, nested and 1000-deep arrays, 1 MB
 * strings, "/../" and NUL in ids, missing files and directories). Only our exceptions may come
 * out, refused calls send nothing and sent ids stay in their path segment. Each class runs in
 * a child `php` (tests/php/sweep/sweep_class.php), so a crash of the extension is a failure
 * here rather than the end of the run.
 */
final class SweepTest extends TestCase
{
    public static function classes(): array
    {
        $doc = json_decode((string)file_get_contents(dirname(__DIR__, 2) . '/php/tools/phpdoc.json'), true);
        $out = [];
        foreach (array_keys($doc['classes']) as $class) {
            $out[$class] = [$class];
        }
        return $out;
    }

    /** @dataProvider classes */
    public function testHostileArguments(string $class): void
    {
        $so = getenv('EXSITED_SO') ?: dirname(__DIR__, 2) . '/target/debug/libexsited_php.so';
        $work = exsited_temp_dir('exsited-sweep');
        $cmd = [PHP_BINARY, '-n', '-d', "extension=$so", __DIR__ . '/sweep/sweep_class.php', $class, Sandbox::url(), $work];
        $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        self::assertIsResource($proc);
        $stdout = stream_get_contents($pipes[1]);
        $stderr = stream_get_contents($pipes[2]);
        $status = proc_close($proc);
        self::assertSame(0, $status, "the sweep of $class ended with status $status (a crash?):\n" . substr($stderr, 0, 2000));
        $result = json_decode((string)$stdout, true);
        self::assertIsArray($result, "the sweep of $class printed no result:\n" . substr($stdout . $stderr, 0, 2000));
        self::assertGreaterThan(0, $result['refused'], "the sweep of $class refused nothing: it did not run");
        self::assertSame([], $result['findings'], implode("\n", array_slice($result['findings'], 0, 30)));
    }
}
