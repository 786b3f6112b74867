using System.Net;
using System.Net.Sockets;
using DocumentFormat.OpenXml.Packaging;
using Wuhu.Reliability.Tests.Corpus;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests;

/// <summary>
/// Uploads that reference outside resources (images, scripts, stylesheets, frames, Office external relationships)
/// are parsed offline: every reference points at a loopback port we listen on, and no connection ever arrives.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ExternalReferenceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Html_references_are_never_fetched()
    {
        using var listener = new ConnectionCounter();

        await AssertAcceptedAsync("external.html", HtmlPages.WithExternalReferences(listener.Port), tasks: 2);

        await listener.AssertNoConnectionAsync();
    }

    [Fact]
    public async Task Docx_external_relationships_are_never_fetched()
    {
        using var listener = new ConnectionCounter();
        using var stream = new MemoryStream();
        stream.Write(BulletinBytes.Docx());
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            main.AddHyperlinkRelationship(new Uri($"http://127.0.0.1:{listener.Port}/link"), true);
            main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", new Uri($"http://127.0.0.1:{listener.Port}/image.png"));
            main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate", new Uri($"http://127.0.0.1:{listener.Port}/template.dotm"));
        }

        await AssertAcceptedAsync("external.docx", stream.ToArray(), tasks: BulletinBytes.Tasks);

        await listener.AssertNoConnectionAsync();
    }

    private async Task AssertAcceptedAsync(string name, byte[] content, int tasks)
    {
        var storage = await azurite.CreateStorageAsync();
        var record = await new BulletinIngestionService(storage).UploadAndIngestAsync(name, new MemoryStream(content));
        Assert.True(record.Outcome == IngestionOutcome.Accepted, $"{record.ReasonCode}: {record.Message}");
        Assert.Equal((BulletinBytes.PeriodKey, tasks), (record.PeriodKey, record.TaskCount));
    }

    /// <summary>Counts TCP connections to a loopback port.</summary>
    private sealed class ConnectionCounter : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stop = new();
        private int connections;

        public ConnectionCounter()
        {
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            _ = AcceptAsync();
        }

        public int Port { get; }

        public async Task AssertNoConnectionAsync()
        {
            // Anything fetched in the background would have connected by now.
            await Task.Delay(300);
            Assert.Equal(0, Volatile.Read(ref connections));

            // The counter itself works: a connection of ours is seen.
            using (var client = new TcpClient())
            {
                await client.ConnectAsync(IPAddress.Loopback, Port);
            }

            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (Volatile.Read(ref connections) == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.Equal(1, Volatile.Read(ref connections));
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    using var client = await listener.AcceptTcpClientAsync(stop.Token);
                    Interlocked.Increment(ref connections);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
            }
        }

        public void Dispose()
        {
            stop.Cancel();
            listener.Stop();
            stop.Dispose();
        }
    }
}
