using Samverkan.Analytics.CrashRun;

// crash-run: SIGKILLs the real Cli and the real Host (its Hangfire jobs) at random points of ingest,
// compute, publish, report and digest sending, on SQLite and PostgreSQL, and checks that nothing is
// lost, doubled or half-written (docs/operations.md "Crash safety").
var options = CrashRunOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(CrashRunOptions.Usage);
    return 2;
}

var harness = new CrashHarness(options);
return await harness.RunAsync().ConfigureAwait(false);
