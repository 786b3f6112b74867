using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Wuhu.Functions;
using Wuhu.Storage;

namespace Wuhu.Infra.Tests;

/// <summary>The triggers in Wuhu.Functions agree with what infra/ wires up for them.</summary>
public sealed partial class FunctionTriggerTests
{
    private static readonly IReadOnlyList<(string Function, ParameterInfo Parameter)> TriggerParameters =
        typeof(AppSettingNames).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Select(method => (Method: method, Function: method.GetCustomAttribute<FunctionAttribute>()))
            .Where(pair => pair.Function is not null)
            .SelectMany(pair => pair.Method.GetParameters().Select(parameter => (pair.Function!.Name, parameter)))
            .ToList();

    [Fact]
    public void The_event_grid_blob_trigger_is_the_function_the_hook_subscribes()
    {
        var blobTriggers = TriggerParameters
            .Select(pair => (pair.Function, Trigger: pair.Parameter.GetCustomAttribute<BlobTriggerAttribute>()))
            .Where(pair => pair.Trigger is not null)
            .ToList();

        var (function, trigger) = Assert.Single(blobTriggers);
        Assert.Equal(BlobTriggerSource.EventGrid, trigger!.Source);
        Assert.Equal(AppSettingNames.StorageConnection, trigger.Connection);
        Assert.StartsWith(StorageNames.BulletinsContainer + "/", trigger.BlobPath, StringComparison.Ordinal);

        // The hook builds functionName=Host.Functions.<INGEST_FUNCTION_NAME> from this output.
        var output = CompiledTemplate.Root.GetProperty("outputs").GetProperty("INGEST_FUNCTION_NAME").GetProperty("value").GetString()!;
        var variable = VariableReference().Match(output);
        var value = variable.Success
            ? CompiledTemplate.Root.GetProperty("variables").GetProperty(variable.Groups["name"].Value).GetString()
            : output;
        Assert.Equal(function, value);
    }

    [Fact]
    public void Every_timer_schedule_setting_is_set_in_azure()
    {
        var schedules = TriggerParameters
            .Select(pair => pair.Parameter.GetCustomAttribute<TimerTriggerAttribute>()?.Schedule)
            .OfType<string>()
            .ToList();
        Assert.NotEmpty(schedules);

        foreach (var schedule in schedules)
        {
            var setting = SettingReference().Match(schedule);
            Assert.True(setting.Success, $"Timer schedule '{schedule}' is hard-coded; read it from an app setting (%Name%) so operators can change it.");
            Assert.True(CompiledTemplate.AppSettings.ContainsKey(setting.Groups["name"].Value),
                $"Timer schedule reads app setting '{setting.Groups["name"].Value}', which infra/ does not set.");
        }
    }

    [GeneratedRegex(@"^\[variables\('(?<name>\w+)'\)\]$")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"^%(?<name>[^%]+)%$")]
    private static partial Regex SettingReference();
}
