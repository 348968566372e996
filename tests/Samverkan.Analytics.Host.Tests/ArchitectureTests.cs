using System.Reflection;
using System.Text.RegularExpressions;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests;

/// <summary>The dependency direction of docs/ARCHITECTURE.md, enforced (STYLE.md "Boundaries are tests").</summary>
public sealed partial class ArchitectureTests
{
    private static readonly string[] MiddleProjects =
    [
        "Samverkan.Analytics.Ingestion", "Samverkan.Analytics.Storage",
        "Samverkan.Analytics.Analysis", "Samverkan.Analytics.Publishing",
    ];

    [Fact]
    public void Core_ReferencesOnlyTheBclAndMathNet()
    {
        var references = Load("Samverkan.Analytics.Core").GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var foreign = references.Where(n => !IsBcl(n) && n != "MathNet.Numerics").ToList();

        Assert.NotEmpty(references);
        Assert.Empty(foreign);
    }

    [Fact]
    public void Files_ReferencesOnlyTheBcl()
    {
        // The atomic writer sits below Ingestion and Publishing: it must pull nothing else in.
        var references = Load("Samverkan.Analytics.Files").GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, n => !IsBcl(n));
    }

    [Theory]
    [InlineData("Samverkan.Analytics.Ingestion")]
    [InlineData("Samverkan.Analytics.Storage")]
    [InlineData("Samverkan.Analytics.Analysis")]
    [InlineData("Samverkan.Analytics.Publishing")]
    public void MiddleProject_DoesNotReferenceAnotherMiddleProject(string project)
    {
        var references = Load(project).GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("Samverkan.Analytics.Core", references);
        Assert.DoesNotContain(references, r => MiddleProjects.Contains(r) && r != project);
    }

    [Fact]
    public void CoreSources_UseNoFileNetworkConsoleOrClockApis()
    {
        var coreDir = System.IO.Path.Combine(RepositoryRoot.Path, "src", "Samverkan.Analytics.Core");
        var offences = Directory.EnumerateFiles(coreDir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => ForbiddenInCore().IsMatch(x.line))
            .Select(x => $"{System.IO.Path.GetFileName(x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.True(offences.Count == 0, "Core must not do I/O:\n" + string.Join('\n', offences));
    }

    [GeneratedRegex(@"\b(File|Directory|FileInfo|DirectoryInfo|FileStream|StreamReader|StreamWriter|HttpClient|Console|Process|Environment)\.|\bnew\s+(FileStream|StreamReader|StreamWriter|HttpClient)\b|DateTime(Offset)?\.(Now|UtcNow|Today)")]
    private static partial Regex ForbiddenInCore();

    private static bool IsBcl(string name) =>
        name is "System" or "mscorlib" or "netstandard" || name.StartsWith("System.", StringComparison.Ordinal);

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
