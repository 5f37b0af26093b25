<?php
declare(strict_types=1);

/** A forked child gets a working runtime and connection pool of its own. */
final class ForkTest extends ExsitedTestCase
{
    public function testCallsWorkInParentAndChildren(): void
    {
        if (!function_exists('pcntl_fork')) {
            self::markTestSkipped('pcntl is not available');
        }
        $this->accountService->readFinancialSummary(); // parent's runtime and pool exist before the fork
        $children = [];
        for ($n = 0; $n < 3; $n++) {
            $pid = pcntl_fork();
            if ($pid === 0) {
                $ok = 0;
                try {
                    $svc = new Exsited\AccountService(self::newClient());
                    for ($i = 0; $i < 5; $i++) {
                        $svc->readFinancialSummary();
                    }
                    $this->accountService->readAll(); // the object made before the fork works too
                } catch (Throwable $e) {
                    fwrite(STDERR, 'child failed: ' . $e->getMessage() . "\n");
                    $ok = 1;
                }
                // Leave without running PHPUnit's shutdown in the child.
                posix_kill(getmypid(), $ok === 0 ? SIGKILL : SIGTERM);
            }
            $children[] = $pid;
        }
        foreach ($children as $pid) {
            pcntl_waitpid($pid, $status);
            self::assertTrue(pcntl_wifsignaled($status) && pcntl_wtermsig($status) === SIGKILL, 'child succeeded');
        }
        $r = $this->accountService->readFinancialSummary();
        self::assertNotNull($r->financial_summary, 'the parent still works after the children');
    }
}
