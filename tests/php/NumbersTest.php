<?php
declare(strict_types=1);

/**
 * Numbers in answers are what json_decode gives for the same text: integers within PHP_INT_MAX
 * are ints, larger ones floats (json_decode without JSON_BIGINT_AS_STRING), decimals floats,
 * beyond the float range INF.
 */
final class NumbersTest extends ExsitedTestCase
{
    private const BODY = '{"account": {"id": "BIG1", "kpis": {"big": 123456789012345678901234567890, '
        . '"neg": -98765432109876543210987654321, "max": 9223372036854775807, "past": 9223372036854775808, '
        . '"min": -9223372036854775808, "dec": 0.1, "exp": 1e2, "huge": 1e400, "intlike": 10.0, '
        . '"list": [1, 99999999999999999999999, 2.5e-3]}}}';

    /** @dataProvider modes */
    public function testAnswersMatchJsonDecode(bool $assoc): void
    {
        Sandbox::fault(['kind' => 'status', 'status' => 200, 'method' => 'GET', 'body' => self::BODY, 'times' => 1]);
        $service = new Exsited\AccountService(self::newClient(['assoc' => $assoc]));
        $got = $service->readDetails('BIG1');
        $want = json_decode(self::BODY, $assoc);
        // Same values and same types throughout (var_export tells 10 from 10.0).
        self::assertSame(var_export($want, true), var_export($got, true));
        $kpis = $assoc ? $got['account']['kpis'] : $got->account->kpis;
        $big = $assoc ? $kpis['big'] : $kpis->big;
        self::assertIsFloat($big);
        self::assertSame(1.2345678901234568E+29, $big);
    }

    /**
     * An integer of more than 4,300 digits (past the fast JSON walker's limit) in a page: the
     * page's records are all there, as json_decode reads them, and the walk goes on.
     */
    public function testAPageWithAnEnormousIntegerKeepsItsRecords(): void
    {
        $digits = str_repeat('9', 4400);
        $page = '{"accounts": [{"id": "A", "n": ' . $digits . '}, {"id": "B"}], "pagination": {"records": 2}}';
        Sandbox::fault(['kind' => 'status', 'status' => 200, 'method' => 'GET', 'path' => '/api/v3/accounts',
            'body' => $page, 'times' => 1]);
        $service = new Exsited\AccountService(self::newClient());
        $ids = [];
        foreach ($service->iterateAll(['limit' => 10]) as $record) {
            $ids[] = $record->id;
            self::assertSame(isset($record->n) ? INF : null, $record->n ?? null);
        }
        self::assertSame(['A', 'B'], $ids);
    }

    public static function modes(): array
    {
        return ['objects' => [false], 'arrays' => [true]];
    }
}
