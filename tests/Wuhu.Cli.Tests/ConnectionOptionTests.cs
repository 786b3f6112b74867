using Wuhu.Cli.Tests.Support;
using Wuhu.Testing;

namespace Wuhu.Cli.Tests;

/// <summary>A malformed --connection is a usage error naming the problem, for every storage command, run as a user runs them.</summary>
public sealed class ConnectionOptionTests
{
    /// <summary>Looks like an account key: the error must not repeat it.</summary>
    private const string Key = "c2VjcmV0LWFjY291bnQta2V5";

    public static TheoryData<string, string> Malformed() => new()
    {
        { "status", "garbage" },
        { "ingest", $"DefaultEndpointsProtocol=https;AccountName=wuhutest;AccountKey={Key};BlobEndpoint" },
        { "rederive", "garbage" },
        { "sweep", "garbage" },
        { "report", "garbage" },
        { "serve", $"AccountName=wuhutest;AccountKey={Key};TableEndpoint=not a uri" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_connection_string_is_a_clear_error_with_exit_code_1(string command, string connection)
    {
        string[] args = command switch
        {
            "ingest" => ["ingest", Samples.RepoSamples, "--connection", connection],
            "report" => ["report", "--year", "2024", "--connection", connection],
            _ => [command, "--connection", connection],
        };
        using var wuhu = WuhuProcess.Start(Samples.RepoRoot, new Dictionary<string, string>(), args);

        var exit = await wuhu.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exit);
        Assert.StartsWith("error: --connection is not a valid storage connection string: ", wuhu.Stderr);
        Assert.Contains("UseDevelopmentStorage=true", wuhu.Stderr);
        Assert.DoesNotContain("Exception", wuhu.Stderr);
        Assert.DoesNotContain(Key, wuhu.Stderr);
        Assert.DoesNotContain("   at ", wuhu.Stderr);
    }
}
