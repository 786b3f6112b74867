using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Wuhu.Storage.Local;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests;

/// <summary>
/// No credential is in the repository: every file git would commit (tracked, or new and not ignored) is scanned
/// for storage account keys, SAS tokens and signatures. The only key allowed is Azurite's published development key.
/// </summary>
public sealed partial class SecretScanTests
{
    /// <summary>The well-known devstoreaccount1 key, taken from the launcher rather than repeated here.</summary>
    private static readonly string AzuriteKey = KeyPattern().Match(AzuriteLauncher.ConnectionStringFor(1, 2, 3)).Groups["value"].Value;

    [Fact]
    public void No_file_in_the_repository_holds_a_storage_secret()
    {
        var files = RepositoryFiles();
        Assert.Contains("src/Wuhu.Storage/Local/AzuriteLauncher.cs", files);
        Assert.True(files.Count > 50, $"only {files.Count} files listed");

        var findings = new List<string>();
        var scanned = 0;
        foreach (var file in files)
        {
            var path = Path.Combine(Samples.RepoRoot, file);
            if (!File.Exists(path) || new FileInfo(path).Length > 5 * 1024 * 1024)
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            if (bytes.AsSpan(0, Math.Min(bytes.Length, 8000)).Contains((byte)0))
            {
                continue; // binary (fonts, images)
            }

            scanned++;
            findings.AddRange(Findings(Encoding.UTF8.GetString(bytes)).Select(f => $"{file}: {f}"));
        }

        Assert.True(scanned > 50, $"only {scanned} text files scanned");
        Assert.True(findings.Count == 0, "Secrets in the repository:\n" + string.Join("\n", findings));
    }

    [Fact]
    public void Scanner_finds_keys_sas_tokens_and_signatures_but_not_the_azurite_key()
    {
        Assert.Equal(88, AzuriteKey.Length);
        var fakeKey = Convert.ToBase64String(Enumerable.Range(0, 64).Select(i => (byte)(i * 37 + 11)).ToArray());
        var account = "Account" + "Key";
        var sas = "SharedAccess" + "Signature";
        var sig = "si" + "g";

        Assert.Single(Findings($"DefaultEndpointsProtocol=https;AccountName=prod;{account}={fakeKey};EndpointSuffix=core.windows.net"));
        Assert.NotEmpty(Findings($"\"key\": \"{fakeKey}\""));
        Assert.Single(Findings($"BlobEndpoint=https://prod.blob.core.windows.net/;{sas}=sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&{sig}=abcDEF123%2Bxyz%3D"));
        Assert.Single(Findings($"https://prod.blob.core.windows.net/reports/x.pdf?sv=2022-11-02&sp=r&{sig}=abcDEF123456%2Fxyz%3D"));
        Assert.Empty(Findings($"\"integrity\": \"sha512-{fakeKey}\""));

        Assert.Empty(Findings(AzuriteLauncher.ConnectionStringFor(10000, 10001, 10002)));
        Assert.Empty(Findings($"string[] forbidden = [\"{account}=\", \"{sas}\", \"sig=\"];"));
        Assert.Empty(Findings($"$\"{account}={{DevAccountKey}};\""));
        Assert.Empty(Findings("UseDevelopmentStorage=true"));
        Assert.Empty(Findings($"scanned for `{account}=` values, `{sas}=`"));
    }

    private static IEnumerable<string> Findings(string text)
    {
        foreach (Match match in KeyPattern().Matches(text))
        {
            var value = match.Groups["value"].Value;
            if (value.Length > 0 && value != AzuriteKey && !IsPlaceholder(value))
            {
                yield return $"account key {Mask(value)}";
            }
        }

        foreach (Match match in SasPattern().Matches(text))
        {
            if (!IsPlaceholder(match.Groups["value"].Value))
            {
                yield return $"shared access signature {Mask(match.Groups["value"].Value)}";
            }
        }

        foreach (Match match in SignaturePattern().Matches(text))
        {
            // A SAS connection string is reported once, by the pattern above.
            if (!SasPattern().IsMatch(text[..match.Index] + match.Value))
            {
                yield return $"signature {Mask(match.Groups["value"].Value)}";
            }
        }

        foreach (Match match in Base64KeyPattern().Matches(text))
        {
            // sha512- integrity hashes (package-lock.json) are 64 bytes of base64 too.
            var before = text[Math.Max(0, match.Index - 20)..match.Index];
            if (match.Value != AzuriteKey && !before.EndsWith("sha512-", StringComparison.Ordinal) && !KeyPattern().IsMatch(before + match.Value))
            {
                yield return $"64-byte base64 key {Mask(match.Value)}";
            }
        }
    }

    /// <summary>Interpolations and templates ({DevAccountKey}, $(key), &lt;key&gt;), not values.</summary>
    private static bool IsPlaceholder(string value) => value.Length == 0 || value[0] is '{' or '$' or '<' or '%' or '[';

    private static string Mask(string value) => value.Length <= 6 ? value : value[..6] + "…";

    private static List<string> RepositoryFiles()
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Samples.RepoRoot };
        foreach (var arg in new[] { "ls-files", "-z", "--cached", "--others", "--exclude-standard" })
        {
            start.ArgumentList.Add(arg);
        }

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, git.StandardError.ReadToEnd());
        return [.. output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct()];
    }

    // Character classes keep these patterns from matching their own source text.
    [GeneratedRegex(@"Account[K]ey\s*=\s*(?<value>[^;""'`\s]*)", RegexOptions.IgnoreCase)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"SharedAccess[S]ignature\s*=\s*(?<value>[^;""'`\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SasPattern();

    [GeneratedRegex(@"[?&]si[g]=(?<value>[A-Za-z0-9%+/=]{10,})")]
    private static partial Regex SignaturePattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])")]
    private static partial Regex Base64KeyPattern();
}
