using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Samverkan.Analytics.CrashRun;

// crash-run: SIGKILLs the real CLI at random points of ingest, compute, digest, publish and report and
// checks that nothing is lost, doubled or half-written (docs/operations.md "Crash safety").
var options = CrashRunOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(CrashRunOptions.Usage);
    return 2;
}

var harness = new CrashHarness(options);
return await harness.RunAsync().ConfigureAwait(false);
