using System.CommandLine;
using Azure;
using Wuhu.Storage;
using Wuhu.Storage.Publishing;

namespace Wuhu.Cli;

/// <summary>
/// `wuhu sweep [--connection …]`: removes the version partitions that a publish killed between writing its rows and
/// switching its period's pointer left behind, once older than the grace period (what the nightly maintenance does in
/// Azure). Readers never see them; they only cost storage. `wuhu status` lists them.
/// </summary>
public static class SweepCommand
{
    public const string Invocation = "wuhu sweep";

    public static Command Create()
    {
        var connection = CliStorage.ConnectionOption();
        var command = new Command("sweep",
            $"Remove abandoned versions: rows written by a publish that never switched its period's pointer, older than {BulletinPublisher.AbandonedVersionAge.TotalMinutes:F0} min.") { connection };
        command.SetAction(async (result, ct) =>
        {
            try
            {
                var storage = await CliStorage.OpenAsync(result.GetValue(connection)!, ct);
                await RunAsync(new BulletinPublisher(storage), Console.Out, ct);
                return 0;
            }
            catch (Exception e) when (e is CliStorageException or RequestFailedException or AggregateException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    public static async Task RunAsync(BulletinPublisher publisher, TextWriter stdout, CancellationToken cancellationToken)
    {
        var before = await publisher.FindUnswitchedVersionsAsync(cancellationToken);
        var swept = await publisher.SweepAbandonedVersionsAsync(cancellationToken);
        var young = before.Count(v => !v.Abandoned);
        stdout.WriteLine($"Removed {swept} abandoned version(s); kept {young} younger than {BulletinPublisher.AbandonedVersionAge.TotalMinutes:F0} min (a publish may still be writing them).");
    }
}
