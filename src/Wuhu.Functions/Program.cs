using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Wuhu.Functions;

var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddWuhuFunctions(builder.Configuration);
builder.Build().Run();
