namespace Wuhu.Infra.Tests;

/// <summary>
/// Runs infra/hooks/postdeploy.sh as azd would, with a stand-in `az` on PATH that records its arguments
/// and answers the key query, so the subscription the hook creates can be checked without Azure.
/// </summary>
public sealed class PostdeployHookTests : IDisposable
{
    private const string SystemKey = "k3y-Only-The-Webhook-May-See";
    private readonly string _fakeBin = Directory.CreateTempSubdirectory("wuhu-infra-az-").FullName;
    private string CallLog => Path.Combine(_fakeBin, "calls.log");

    public PostdeployHookTests()
    {
        // One line per call: the arguments separated by '|'.
        var script = """
            #!/bin/sh
            log="$(dirname "$0")/calls.log"
            line=""
            for arg in "$@"; do line="$line|$arg"; done
            echo "$line" >> "$log"
            case "$1 $2 $3" in
              "functionapp keys list") [ -n "${FAKE_AZ_KEY:-}" ] && echo "$FAKE_AZ_KEY" ;;
            esac
            exit 0
            """;
        var az = Path.Combine(_fakeBin, "az");
        File.WriteAllText(az, script.Replace("\r\n", "\n", StringComparison.Ordinal));
        File.SetUnixFileMode(az, File.GetUnixFileMode(az) | UnixFileMode.UserExecute);
    }

    [Fact]
    public void Subscribes_the_blob_extension_webhook_to_blob_created_in_bulletins()
    {
        var result = RunHook(Environment(key: SystemKey));

        Assert.True(result.ExitCode == 0, $"hook failed ({result.ExitCode}):\n{result.StandardOutput}\n{result.StandardError}");
        var create = Assert.Single(Calls(), call => call.StartsWith("|eventgrid|system-topic|event-subscription|create|", StringComparison.Ordinal));
        var arguments = create.Split('|');
        Assert.Equal(
            $"https://func-wuhu-test.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.IngestBulletin&code={SystemKey}",
            ValueOf(arguments, "--endpoint"));
        Assert.Equal("webhook", ValueOf(arguments, "--endpoint-type"));
        Assert.Equal("Microsoft.Storage.BlobCreated", ValueOf(arguments, "--included-event-types"));
        Assert.Equal("/blobServices/default/containers/bulletins/", ValueOf(arguments, "--subject-begins-with"));
        Assert.Equal("evgt-wuhu-test", ValueOf(arguments, "--system-topic-name"));
        Assert.Equal("rg-test", ValueOf(arguments, "--resource-group"));
        Assert.Equal("00000000-0000-0000-0000-000000000001", ValueOf(arguments, "--subscription"));

        // The key only ever goes to az, never to the console (azd logs hook output).
        Assert.DoesNotContain(SystemKey, result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_with_the_missing_variable_named_and_calls_nothing()
    {
        var environment = Environment(key: SystemKey);
        environment["EVENT_GRID_SYSTEM_TOPIC_NAME"] = null;

        var result = RunHook(environment);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("EVENT_GRID_SYSTEM_TOPIC_NAME is not set", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(Calls());
    }

    [Fact]
    public void Gives_up_after_the_configured_attempts_when_the_key_never_appears()
    {
        var environment = Environment(key: null);
        environment["WUHU_KEY_WAIT_ATTEMPTS"] = "3";

        var result = RunHook(environment);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no blobs_extension system key", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(3, Calls().Count(call => call.StartsWith("|functionapp|keys|list|", StringComparison.Ordinal)));
        Assert.DoesNotContain(Calls(), call => call.Contains("|eventgrid|", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_fakeBin, recursive: true);

    private Dictionary<string, string?> Environment(string? key) => new()
    {
        ["PATH"] = _fakeBin + ":" + System.Environment.GetEnvironmentVariable("PATH"),
        ["FAKE_AZ_KEY"] = key,
        ["WUHU_KEY_WAIT_SECONDS"] = "0",
        ["AZURE_SUBSCRIPTION_ID"] = "00000000-0000-0000-0000-000000000001",
        ["AZURE_RESOURCE_GROUP"] = "rg-test",
        ["AZURE_FUNCTION_APP_NAME"] = "func-wuhu-test",
        ["AZURE_FUNCTION_APP_HOSTNAME"] = "func-wuhu-test.azurewebsites.net",
        ["EVENT_GRID_SYSTEM_TOPIC_NAME"] = "evgt-wuhu-test",
        ["BULLETINS_CONTAINER_NAME"] = "bulletins",
        ["INGEST_FUNCTION_NAME"] = "IngestBulletin",
        ["EVENT_GRID_SUBSCRIPTION_NAME"] = null,
        ["WUHU_KEY_WAIT_ATTEMPTS"] = null,
    };

    private ProcessResult RunHook(IReadOnlyDictionary<string, string?> environment) =>
        ProcessRunner.Run("/bin/sh", [Path.Combine(RepositoryPaths.Infra, "hooks", "postdeploy.sh")], RepositoryPaths.Root, TimeSpan.FromMinutes(1), environment);

    private string[] Calls() => File.Exists(CallLog) ? File.ReadAllLines(CallLog) : [];

    private static string ValueOf(string[] arguments, string option)
    {
        var index = Array.IndexOf(arguments, option);
        Assert.True(index >= 0 && index + 1 < arguments.Length, $"az was not called with {option}.");
        return arguments[index + 1];
    }
}
