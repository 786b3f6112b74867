using System.Text.RegularExpressions;
using Wuhu.Bulletins.Model;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>Issue 12, item 6: every reason code the source can produce is in <see cref="RejectionCodes"/> and documented in README.</summary>
public sealed partial class RejectionCodeDocsTests
{
    [GeneratedRegex(@"BulletinRejectedException\(\s*""(?<code>\w+)""|ReasonCode = ""(?<code>\w+)""|ParserFaultCode = ""(?<code>\w+)""")]
    private static partial Regex CodeInSource();

    [Fact]
    public void Every_code_in_the_source_is_listed_and_documented_in_the_readme()
    {
        var sources = Directory.GetFiles(Path.Combine(Samples.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var used = sources.SelectMany(f => CodeInSource().Matches(File.ReadAllText(f)).Select(m => m.Groups["code"].Value)).ToHashSet();
        used.ExceptWith(["duplicate", "superseded", "rederived"]); // outcomes of accepted files, not rejections

        Assert.True(used.Count >= 10, string.Join(", ", used));
        Assert.Empty(used.Except(RejectionCodes.All.Keys));

        var readme = File.ReadAllText(Path.Combine(Samples.RepoRoot, "README.md"));
        foreach (var (code, meaning) in RejectionCodes.All)
        {
            Assert.Contains($"| `{code}` | {meaning} |", readme);
        }
    }
}
