<?php
declare(strict_types=1);

/** iterateAll / iterateAllNotes: lazy, page by page, over everything. */
final class PagerTest extends ExsitedTestCase
{
    public function testThousandAccounts(): void
    {
        $total = Sandbox::seed(1000)['accounts'];
        self::assertGreaterThanOrEqual(1000, $total);
        Sandbox::clearRequests();

        $it = $this->accountService->iterateAll(['limit' => 100, 'order_by' => 'created_on', 'direction' => 'asc']);
        self::assertInstanceOf(Iterator::class, $it);
        self::assertCount(0, self::dataRequests(), 'nothing is fetched before the loop starts');

        $ids = [];
        foreach ($it as $i => $account) {
            self::assertSame(count($ids), $i);
            self::assertInstanceOf(stdClass::class, $account);
            $ids[$account->id] = true;
            if ($i === 0) {
                self::assertCount(1, self::dataRequests(), 'one page at a time');
            }
        }
        self::assertCount($total, $ids, 'every account once');
        $pages = self::dataRequests();
        self::assertCount((int)ceil($total / 100), $pages);
        self::assertEquals(['limit' => '100', 'offset' => '0', 'order_by' => 'created_on', 'direction' => 'asc'], $pages[0]['query_params']);
        self::assertSame('/api/v3/accounts', $pages[0]['path']);
    }

    public function testRewindStartsOverAndAssocGivesArrays(): void
    {
        Sandbox::seed(5);
        $svc = new Exsited\AccountService(self::newClient(['assoc' => true]));
        $it = $svc->iterateAll(['limit' => 2]);
        $first = iterator_to_array($it);
        $second = iterator_to_array($it);
        self::assertSame(count($first), count($second));
        self::assertIsArray($first[0]);
    }

    public function testNotes(): void
    {
        $id = $this->newAccount()->id;
        for ($i = 0; $i < 5; $i++) {
            $this->accountService->addNote(null, "note $i", $id);
        }
        Sandbox::clearRequests();
        $texts = [];
        foreach ($this->accountService->iterateAllNotes($id, ['limit' => 2]) as $note) {
            $texts[] = $note->content;
        }
        sort($texts);
        self::assertSame(['note 0', 'note 1', 'note 2', 'note 3', 'note 4'], $texts);
        self::assertSame("/api/v3/accounts/$id/notes", self::dataRequests()[0]['path']);
        self::assertCount(3, self::dataRequests());
    }

    public function testBadOptions(): void
    {
        $this->expectException(Exsited\Exception\UsageException::class);
        $this->accountService->iterateAll(['limit' => 0]);
    }

    /** @return array<string, array{array<string, mixed>, string}> */
    public static function badPages(): array
    {
        return [
            'negative limit' => [['limit' => -1], 'limit must be a whole number of 0 or more, got "-1"'],
            'text offset' => [['offset' => 'x'], 'offset must be a whole number of 0 or more, got "x"'],
            'huge limit' => [['limit' => '5000000000'], 'limit must be between 1 and 1000, got 5000000000'],
            'long offset' => [['offset' => str_repeat('9', 100000)], 'offset must be a whole number of 0 or more'],
            'direction' => [['direction' => 'up'], 'direction must be asc or desc, got "up"'],
        ];
    }

    /**
     * Refused by iterateAll itself, with the core's rule and words (the same as the list
     * call's and Python's iter_all), and never an echo of a long value.
     * @dataProvider badPages
     * @param array<string, mixed> $options
     */
    public function testBadPageRefusedAtOnceByTheCoreRule(array $options, string $wanted): void
    {
        Sandbox::clearRequests();
        try {
            $this->accountService->iterateAll($options);
            self::fail('iterateAll accepted ' . json_encode(array_keys($options)));
        } catch (Exsited\Exception\UsageException $e) {
            self::assertStringContainsString($wanted, $e->getMessage());
            self::assertLessThan(300, strlen($e->getMessage()));
        }
        self::assertCount(0, self::dataRequests());
    }

    public function testCountsAndDirectionAreSentAsTheCoreWritesThem(): void
    {
        Sandbox::seed(3);
        Sandbox::clearRequests();
        iterator_to_array($this->accountService->iterateAll(['limit' => ' 2 ', 'direction' => ' DESC']));
        $first = self::dataRequests()[0]['query_params'];
        self::assertSame(['2', '0', 'desc'], [$first['limit'], $first['offset'], $first['direction']]);
    }

    public function testErrorDuringIterationThrows(): void
    {
        Sandbox::seed(3);
        $svc = new Exsited\AccountService(self::newClient(['max_retries' => 0]));
        $svc->readFinancialSummary();
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v3/accounts', 'kind' => 'status', 'status' => 500]);
        $this->expectException(Exsited\Exception\ServerException::class);
        foreach ($svc->iterateAll(['limit' => 1]) as $a) {
        }
    }
}
