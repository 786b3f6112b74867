using System.Net;
using System.Security.Claims;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace Wuhu.Functions.Tests;

/// <summary>Minimal in-memory HTTP request/response for calling HTTP-triggered function methods directly.</summary>
internal sealed class ReportsTestRequest(string method, string path) : HttpRequestData(new ReportsTestFunctionContext())
{
    public override Stream Body { get; } = new MemoryStream();
    public override HttpHeadersCollection Headers { get; } = [];
    public override IReadOnlyCollection<IHttpCookie> Cookies { get; } = [];
    public override Uri Url { get; } = new($"http://127.0.0.1{path}");
    public override IEnumerable<ClaimsIdentity> Identities { get; } = [];
    public override string Method { get; } = method;

    public override HttpResponseData CreateResponse() => new ReportsTestResponse(FunctionContext);
}

internal sealed class ReportsTestResponse(FunctionContext context) : HttpResponseData(context)
{
    public override HttpStatusCode StatusCode { get; set; }
    public override HttpHeadersCollection Headers { get; set; } = [];
    public override Stream Body { get; set; } = new MemoryStream();
    public override HttpCookies Cookies => throw new NotSupportedException("The report endpoints set no cookies.");

    public byte[] BodyBytes() => ((MemoryStream)Body).ToArray();

    public string Header(string name) => Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}

internal sealed class ReportsTestFunctionContext : FunctionContext
{
    public override string InvocationId => "test";
    public override string FunctionId => "test";
    public override TraceContext TraceContext => throw new NotSupportedException();
    public override BindingContext BindingContext => throw new NotSupportedException();
    public override RetryContext RetryContext => throw new NotSupportedException();
    public override IServiceProvider InstanceServices { get; set; } = new EmptyServices();
    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();
    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();
    public override IInvocationFeatures Features => throw new NotSupportedException();

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
