using System.CommandLine;
using System.Net.Sockets;
using Azure;
using Wuhu.Web;
using Wuhu.Web.Hosting;

namespace Wuhu.Cli;

/// <summary>
/// `wuhu serve [--port 5080] [--connection …]`: the web app on http://127.0.0.1:PORT/app/ over the local
/// storage (the persisted emulator by default, started if needed), with the same handlers as the function
/// app. Uploads are ingested at once by the same service (no Event Grid locally); reports are built on demand.
/// Loopback only, one local user with both roles. Runs until Ctrl-C.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;
    public const string Invocation = "wuhu serve";

    public static string UrlFor(int port) => $"http://127.0.0.1:{port}{WebRoutes.PagePath}";

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1.", DefaultValueFactory = _ => DefaultPort };
        var connection = CliStorage.ConnectionOption();
        var command = new Command("serve", "Serve the web app (upload, history, tasks, reports, Excel) on 127.0.0.1.") { port, connection };
        command.SetAction(async (result, ct) =>
        {
            var p = result.GetValue(port);
            if (p is < 1 or > 65535)
            {
                Console.Error.WriteLine("error: --port must be between 1 and 65535.");
                return 1;
            }

            try
            {
                var storage = await CliStorage.OpenAsync(result.GetValue(connection)!, ct);
                await using var server = await LocalWebServer.StartAsync(storage, p, ct);
                Console.WriteLine($"Serving the web app on {server.Url} (this machine only). Press Ctrl-C to stop.");
                try
                {
                    await server.WaitForShutdownAsync(ct);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl-C is how serve is meant to end: a normal stop, exit code 0. (Interrupted while still
                    // starting, the cancellation reaches Program: "Interrupted.", exit code 130.)
                }

                Console.WriteLine("Stopped the web app.");
                return 0;
            }
            catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine($"error: port {p} is in use on 127.0.0.1; pick another with --port.");
                return 1;
            }
            catch (Exception e) when (e is CliStorageException or RequestFailedException or AggregateException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
