using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Wuhu.Functions;

var builder = FunctionsApplication.CreateBuilder(args);
// ASP.NET Core integration: the web app's handlers (Wuhu.Web) take HttpRequest and answer with IResult.
builder.ConfigureFunctionsWebApplication();
builder.Services.AddWuhuFunctions(builder.Configuration);
builder.Build().Run();
