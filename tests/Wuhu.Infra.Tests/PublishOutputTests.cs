using System.Diagnostics;
using System.Reflection.PortableExecutable;

namespace Wuhu.Infra.Tests;

/// <summary>
/// What azd deploys is `dotnet publish src/Wuhu.Functions -c Release`: it must hold Linux x64 code only. A native
/// library of another platform (runtimes/win-x64/…, libSkiaSharp.dll, .dylib) or a Windows PDB would make the package
/// several times larger and every deployment and cold start pay for it.
/// </summary>
public sealed class PublishOutputTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("wuhu-publish-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task The_function_app_publishes_linux_x64_only_without_other_platforms_or_windows_pdbs()
    {
        var output = Path.Combine(work.FullName, "out");
        var (exit, log) = await RunAsync("dotnet", "publish", Path.Combine(RepositoryPaths.Root, "src", "Wuhu.Functions"), "-c", "Release",
            "-o", output, "--artifacts-path", Path.Combine(work.FullName, "artifacts"), "-nologo");
        Assert.True(exit == 0, log);

        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f)).ToList();
        var foreign = files.Where(f => f.StartsWith("runtimes" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.StartsWith(Path.Combine("runtimes", "linux-x64") + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.StartsWith(Path.Combine("runtimes", "unix") + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.StartsWith(Path.Combine("runtimes", "linux") + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || f.EndsWith(".dylib", StringComparison.OrdinalIgnoreCase)
            || f.EndsWith(".exe", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(foreign.Count == 0, "other platforms' files in the publish output:\n" + string.Join("\n", foreign));

        // Every .dll is a managed assembly (a native Windows DLL such as libSkiaSharp.dll has no metadata).
        var nativeDlls = files.Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && !IsManaged(Path.Combine(output, f))).ToList();
        Assert.True(nativeDlls.Count == 0, "native Windows libraries in the publish output:\n" + string.Join("\n", nativeDlls));

        // Portable PDBs (ours) start with the metadata signature "BSJB"; Windows PDBs with "Microsoft C/C++ MSF".
        var windowsPdbs = files.Where(f => f.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase) && !StartsWith(Path.Combine(output, f), "BSJB"u8)).ToList();
        Assert.True(windowsPdbs.Count == 0, "Windows PDBs in the publish output:\n" + string.Join("\n", windowsPdbs));

        // The one native library the app needs is there, for Linux.
        Assert.Contains("libSkiaSharp.so", files.Select(Path.GetFileName));
    }

    private static bool IsManaged(string file)
    {
        using var stream = File.OpenRead(file);
        using var reader = new PEReader(stream);
        return reader.HasMetadata;
    }

    private static bool StartsWith(string file, ReadOnlySpan<byte> magic)
    {
        var head = new byte[magic.Length];
        using var stream = File.OpenRead(file);
        return stream.Read(head) == magic.Length && magic.SequenceEqual(head);
    }

    private static async Task<(int Exit, string Log)> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
