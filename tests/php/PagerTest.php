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
